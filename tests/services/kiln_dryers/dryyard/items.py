"""Work items the yard's tasks hand to the dispatcher, and the yard's errors."""

from __future__ import annotations

from dataclasses import dataclass


class DryYardError(Exception):
    """Something the yard decided not to do."""


@dataclass(frozen=True)
class KilnWorkItem:
    chamber: str


@dataclass(frozen=True)
class MoistureSample(KilnWorkItem):
    board_id: str
    moisture_pct: float


@dataclass(frozen=True)
class FanReversal(KilnWorkItem):
    pass


@dataclass(frozen=True)
class VentAction(KilnWorkItem):
    open_pct: int


@dataclass(frozen=True)
class DamperCheck(VentAction):
    pass


@dataclass(frozen=True)
class ScheduleStep(KilnWorkItem):
    dry_bulb_f: int
    wet_bulb_f: int


@dataclass(frozen=True)
class WetBulbProbe(KilnWorkItem):
    pass


@dataclass(frozen=True)
class DryBulbProbe(KilnWorkItem):
    pass


@dataclass(frozen=True)
class KilnAlarm(KilnWorkItem):
    code: str


@dataclass(frozen=True)
class StickerInspection(KilnWorkItem):
    rows: int
