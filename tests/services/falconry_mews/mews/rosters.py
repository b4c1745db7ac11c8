"""Flying rosters: one strategy per season, chosen by the settings' ``roster_mode``."""

from __future__ import annotations

import logging
from operator import attrgetter

from .boxes import LoftClient
from .ledger import Hawk
from .settings import MewsSettings

log = logging.getLogger(__name__)


class FlyingRoster:
    def __init__(self, client: LoftClient) -> None:
        self.client = client

    def sweep(self, hawks: list[Hawk]) -> None:
        raise NotImplementedError


class WeatheringRoster(FlyingRoster):
    """Puts each due hawk out on the weathering block."""

    def sweep(self, hawks: list[Hawk]) -> None:
        for hawk in sorted(hawks, key=attrgetter("ring")):
            self.client.box.fetch(f"/weathering/{hawk.ring}", method="PUT")


class HackRoster(FlyingRoster):
    """Summer hacking of the young birds: the board goes up every sweep."""

    def sweep(self, hawks: list[Hawk]) -> None:
        self.client.box.fetch("/hack/board", method="PUT", json={"hawks": len(hawks)})


class MoultRoster(FlyingRoster):
    """Takes the hawks off the flying roster for the moult."""

    def sweep(self, hawks: list[Hawk]) -> None:
        log.info("moult roster for %d hawks", len(hawks))
        self.client.box.fetch("/moult/roster", method="POST", json={"rings": [h.ring for h in hawks]})


ROSTER_STRATEGIES: dict[str, type[FlyingRoster]] = {
    "weathering": WeatheringRoster,
    "hack": HackRoster,
    "moult": MoultRoster,
}


def pick_roster(settings: MewsSettings, client: LoftClient) -> FlyingRoster:
    return ROSTER_STRATEGIES[settings.roster_mode](client)
