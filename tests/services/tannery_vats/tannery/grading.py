"""Seasonal hide grading: opened by the beat, published to the vat console."""

from __future__ import annotations

import logging

from .services import services
from .taskapp import app

log = logging.getLogger(__name__)


@app.task(name="tannery.grading.season")
def open_grading_season(grade_set: str) -> bool:
    svc = services()
    if not svc.repo.hide_grading_due():
        return False
    publish_grades(grade_set)
    return True


@app.task(max_retries=2)
def publish_grades(grade_set: str) -> None:
    log.info("publishing %s hide grades", grade_set)
    services().console.publish_grades(grade_set)
