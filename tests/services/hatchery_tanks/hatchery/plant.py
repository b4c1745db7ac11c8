"""What every tank controller and round handler shares: settings, the box link, the ledger."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

from .boxes import LoggedTankBox, RetryingTankBox, summon_tank_box
from .ledger import RearingLedger
from .settings import HatcherySettings

log = logging.getLogger(__name__)


class TankLink:
    """The way to the site's tank box: summoned on first use, then kept."""

    def __init__(self, site: str, attempts: int) -> None:
        self.site = site
        self.attempts = attempts

    @cached_property
    def box(self) -> LoggedTankBox:
        return LoggedTankBox(summon_tank_box(self.site), self.site)

    @property
    def steady_box(self) -> RetryingTankBox:
        return RetryingTankBox(self.box, self.attempts)


@dataclass
class PlantServices:
    settings: HatcherySettings
    link: TankLink
    ledger: RearingLedger
