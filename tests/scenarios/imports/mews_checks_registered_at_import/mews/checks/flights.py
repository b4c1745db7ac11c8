from __future__ import annotations

from ..registry import CheckContext, on_flight_day


@on_flight_day
async def arm_telemetry(ctx: CheckContext) -> None:
    await ctx.aviary.fetch("/telemetry/arm", method="POST")


@on_flight_day
async def open_weathering_yard(ctx: CheckContext) -> None:
    await ctx.aviary.fetch("/yard/open", method="POST")
