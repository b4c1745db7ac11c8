"""The yard's tasks, registered by dotted name."""

from __future__ import annotations

import logging

from .context import YardContext
from .handlers import dispatch_work
from .items import (
    DamperCheck,
    DryBulbProbe,
    FanReversal,
    KilnWorkItem,
    ScheduleStep,
    StickerInspection,
    WetBulbProbe,
)
from .registry import yard_task

log = logging.getLogger(__name__)

# A conventional hardwood schedule's first step (dry bulb, wet bulb, in °F).
FIRST_STEP = (110, 106)


@yard_task("dryyard.sweep_kiln_work")
def sweep_kiln_work(ctx: YardContext, *, reverse_fans: bool = False) -> int:
    chambers = ctx.settings.chambers
    items: list[KilnWorkItem] = [DamperCheck(c, ctx.settings.damper_open_pct) for c in chambers]
    if reverse_fans:
        items.extend(FanReversal(c) for c in chambers)
    items.extend(ctx.charges.ungraded_moisture_samples())
    if ctx.charges.kiln_charges_in_schedule():
        items.extend(ScheduleStep(c, *FIRST_STEP) for c in ctx.charges.charged_chambers())
    items.append(StickerInspection(chambers[0] if chambers else "-", rows=0))
    for item in items:
        dispatch_work(item, ctx)
    log.info("swept %d work items", len(items))
    return len(items)


@yard_task("dryyard.calibrate_psychrometers", queue="maintenance")
def calibrate_psychrometers(ctx: YardContext) -> int:
    if not ctx.charges.psychrometer_calibration_due():
        log.debug("no psychrometer calibration due")
        return 0
    probes: list[KilnWorkItem] = [WetBulbProbe(c) for c in ctx.settings.chambers]
    probes += [DryBulbProbe(c) for c in ctx.settings.chambers]
    for probe in probes:
        dispatch_work(probe, ctx)
    return len(probes)


@yard_task("dryyard.purge_grade_stamps", queue="maintenance")
def purge_grade_stamps(ctx: YardContext, *, older_than_days: int = 365) -> None:
    ctx.controller.fetch("/grade-stamps", method="DELETE", params={"older_than_days": older_than_days})
