"""The bellows: one abstract drive, two kinds of bellows, picked by the settings."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod

from .boxes import ForgeBoxClient
from .interfaces import CoalLedger
from .repository import ForgeError
from .settings import ForgeSettings

log = logging.getLogger(__name__)


class BellowsDrive(ABC):
    __slots__ = ("client", "ledger")

    def __init__(self, client: ForgeBoxClient, ledger: CoalLedger) -> None:
        self.client = client
        self.ledger = ledger

    @abstractmethod
    def pump(self, seconds: int) -> None:
        """Blow air into the hearth for about ``seconds``."""

    @staticmethod
    def for_setting(settings: ForgeSettings, client: ForgeBoxClient, ledger: CoalLedger) -> BellowsDrive:
        drives: dict[str, type[BellowsDrive]] = {"electric": ElectricBellows, "lever": LeverBellows}
        try:
            drive = drives[settings.bellows_drive]
        except KeyError:
            raise ForgeError(f"no bellows drive {settings.bellows_drive!r}") from None
        log.info("bellows drive: %s", drive.__name__)
        return drive(client, ledger)


class ElectricBellows(BellowsDrive):
    """The blower: spun up on every tick, whether or not a fire is lit."""

    __slots__ = ()

    def pump(self, seconds: int) -> None:
        log.debug("blower on for %ds", seconds)
        self.client.box.fetch("/bellows/blower", method="POST", json={"seconds": seconds})


class LeverBellows(BellowsDrive):
    """The great lever bellows: worked only while a hearth fire is lit."""

    __slots__ = ()

    def pump(self, seconds: int) -> None:
        if not self.ledger.hearth_fires_lit():
            log.debug("no fire lit; the lever rests")
            return
        self.client.box.fetch("/bellows/lever", method="POST", json={"strokes": max(1, seconds // 3)})
