"""The vat-house tasks the beat schedules, and the liquor check they fan out to."""

from __future__ import annotations

import logging
from typing import Any

import stowage

from . import settings
from .errors import LiquorProbeError
from .services import services
from .taskapp import app

log = logging.getLogger(__name__)


@app.task()
def rotate_vats() -> int:
    svc = services()
    if svc.repo.vats_in_process():
        svc.console.rotate_drums()
    sent = 0
    for kind in settings.VAT_KINDS:
        profile = getattr(settings, "VAT_" + kind.upper(), None)
        if profile is None:
            log.debug("no %s vats fitted at %s", kind, svc.site)
            continue
        check_liquor.delay(kind, profile["probe"])
        sent += 1
    return sent


@app.task(bind=True, max_retries=1)
def check_liquor(self: Any, kind: str, probe: str) -> dict[str, Any]:
    svc = services()
    if self.request.retries:
        svc.console.recalibrate(kind)
    reply = svc.console.probe_liquor(kind, probe)
    if not reply.ok:
        raise self.retry(exc=LiquorProbeError(f"{kind} {probe} probe answered {reply.status}"))
    reading = reply.json()
    if kind == "dyeing":
        reading["colour"] = svc.console.read_colour(kind).json()
    try:
        svc.repo.store_reading(kind, probe, reading)
    except stowage.StowageError as exc:
        raise self.retry(exc=exc)
    return reading


@app.task(bind=True)
def drain_spent_liquor(self: Any) -> int:
    svc = services()
    drained = 0
    for batch in svc.repo.spent_liquor_batches():
        svc.console.drain(batch.vat_id)
        svc.repo.mark_drained(batch.batch_id)
        drained += 1
    log.info("%s drained %d batches", self.request.id, drained)
    return drained


@app.task
def report_heartbeat() -> None:
    svc = services()
    serial = svc.console.box.console_serial()
    svc.repo.note_heartbeat(serial)
