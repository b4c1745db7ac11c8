"""Turns a snapshot into a feeding plan, or none."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .portions import portion_for
from .repository import FeederSnapshot
from .settings import AviarySettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedingPlan:
    zone: str
    grams: int


def feeding_plan(snapshot: FeederSnapshot, settings: AviarySettings) -> FeedingPlan | None:
    grams = portion_for(snapshot, settings.portion_grams)
    if grams == 0:
        log.debug("no birds begging in %s", snapshot.zone)
        return None
    return FeedingPlan(zone=snapshot.zone, grams=grams)
