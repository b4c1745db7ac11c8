"""Work-item handlers, picked by the item's type."""

from __future__ import annotations

import logging
from functools import singledispatch

import stowage

from .context import YardContext
from .items import (
    DryBulbProbe,
    FanReversal,
    KilnAlarm,
    MoistureSample,
    ScheduleStep,
    VentAction,
    WetBulbProbe,
)

log = logging.getLogger(__name__)


@singledispatch
def dispatch_work(item: object, ctx: YardContext) -> None:
    log.debug("no handler for %s in %s", type(item).__name__, ctx.settings.yard)


@dispatch_work.register
def _(item: MoistureSample, ctx: YardContext) -> None:
    ctx.controller.fetch(f"/chambers/{item.chamber}/moisture", method="POST", json={"board": item.board_id})
    try:
        ctx.charges.record_grade(item)
    except stowage.StowageError:
        log.warning("grade of %s not recorded; the next sweep grades it again", item.board_id)


@dispatch_work.register(FanReversal)
def reverse_kiln_fans(item: FanReversal, ctx: YardContext) -> None:
    ctx.controller.fetch(f"/chambers/{item.chamber}/fans/reverse", method="POST")


@dispatch_work.register
def _(item: VentAction, ctx: YardContext) -> None:
    ctx.controller.fetch(f"/chambers/{item.chamber}/dampers", method="PUT", json={"open_pct": item.open_pct})


@dispatch_work.register
def _(item: ScheduleStep, ctx: YardContext) -> None:
    ctx.controller.fetch(f"/chambers/{item.chamber}/setpoints", method="PUT", json={"dry": item.dry_bulb_f, "wet": item.wet_bulb_f})


@dispatch_work.register
def _(item: WetBulbProbe | DryBulbProbe, ctx: YardContext) -> None:
    bulb = "wet" if isinstance(item, WetBulbProbe) else "dry"
    ctx.controller.fetch(f"/chambers/{item.chamber}/psychrometer/{bulb}/calibrate", method="POST")


def ack_kiln_alarm(item: KilnAlarm, ctx: YardContext) -> None:
    ctx.controller.fetch(f"/chambers/{item.chamber}/alarms/{item.code}/ack", method="POST")


dispatch_work.register(KilnAlarm, ack_kiln_alarm)
