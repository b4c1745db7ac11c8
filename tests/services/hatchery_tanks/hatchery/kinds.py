"""The hatchery's kinds of tank."""

from __future__ import annotations

from .tanks import CountingMixin, DosingMixin, FeedingMixin, TankController


class FryTank(CountingMixin, FeedingMixin, TankController):
    kind = "fry"
    channel = "nursery"
    ration_grams = 0  # fry are on live feed, given by hand
    census_by_camera = False  # too small for the camera: counted from the sieve


class GrowOutTank(DosingMixin, FeedingMixin, TankController):
    kind = "growout"
    channel = "growout"
    oxygen_target_mg_l = 7.5


class BroodstockTank(DosingMixin, TankController):
    kind = "broodstock"
    channel = "broodstock"
    needs_dosing = False  # flow-through spring water


TANK_KINDS: dict[str, type[TankController]] = {
    FryTank.kind: FryTank,
    GrowOutTank.kind: GrowOutTank,
    BroodstockTank.kind: BroodstockTank,
}
