"""Beacon strategies: how a lamp is driven on each alarm."""

from __future__ import annotations

import abc
import itertools
import logging
import operator

from .lantern import LampContext
from .ledger import LampLedger

log = logging.getLogger(__name__)


class BeaconStrategy(abc.ABC):
    """One way of driving a lamp; the keeper calls ``run`` on every alarm."""

    name: str = "abstract"

    def __init__(self, ledger: LampLedger) -> None:
        self.ledger = ledger

    @property
    def has_traffic(self) -> bool:
        """Whether any vessel is in the approach: only then is the lamp worth driving."""
        return self.ledger.vessels_in_approach()

    @abc.abstractmethod
    def run(self, ctx: LampContext) -> None:
        """Drive the lamp for one alarm."""

    def clear_sector_faults(self, ctx: LampContext) -> int:
        """Clear the uncleared sector faults, one lantern call per priority band."""
        faults = sorted(ctx.ledger.uncleared_sector_faults(), key=operator.attrgetter("priority"))
        bands = 0
        for priority, group in itertools.groupby(faults, key=operator.attrgetter("priority")):
            sectors = [fault.sector for fault in group]
            ctx.box.fetch(ctx.lamp_path("sectors", str(priority)), method="POST", json={"sectors": sectors})
            bands += 1
        return bands


class OccultingStrategy(BeaconStrategy):
    """Long light, short eclipse; eclipses are timed by the lantern only when ships are near."""

    name = "occulting"

    def run(self, ctx: LampContext) -> None:
        if not self.has_traffic:
            return
        ctx.box.fetch(ctx.lamp_path("occult"), method="PUT", json={"light_s": 8, "dark_s": 2})
        self.clear_sector_faults(ctx)


class SteadyStrategy(BeaconStrategy):
    """A fixed light (fog signals): re-asserts its intensity every alarm."""

    name = "steady"

    def run(self, ctx: LampContext) -> None:
        ctx.box.fetch(ctx.lamp_path("steady"), method="PUT", json={"intensity": 100})
        bands = self.clear_sector_faults(ctx)
        log.debug("%s: %d fault bands cleared", ctx.lamp, bands)


class FlashingStrategy(BeaconStrategy):
    """Short flashes; for stations without a fog signal."""

    name = "flashing"

    def run(self, ctx: LampContext) -> None:
        ctx.box.fetch(ctx.lamp_path("flash"), method="PUT", json={"period_s": 5})


STRATEGIES: dict[str, type[BeaconStrategy]] = {
    OccultingStrategy.name: OccultingStrategy,
    SteadyStrategy.name: SteadyStrategy,
    FlashingStrategy.name: FlashingStrategy,
}


def make_strategy(name: str, ledger: LampLedger) -> BeaconStrategy:
    try:
        strategy_cls = STRATEGIES[name]
    except KeyError:
        raise ValueError(f"unknown beacon strategy {name!r}") from None
    return strategy_cls(ledger)
