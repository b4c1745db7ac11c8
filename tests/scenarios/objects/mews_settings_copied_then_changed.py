# [tool.wakecheck]
# entry = ["*.MewsKeeper.tick"]
# container-factories = ["*.summon_mews_box"]
# rare = { "*.moult_season_started" = "only once the moult season starts" }

"""A copy of a settings object, changed after it is made, leaves the original as it was: each
picks its own strategy class from a table."""
import copy
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


class MewsBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def summon_mews_box() -> MewsBox:
    return MewsBox()


def moult_season_started() -> bool:
    raise NotImplementedError


@dataclass
class RosterSettings:
    mode: str = "weathering"


class WeatheringRoster:
    def __init__(self, box: MewsBox) -> None:
        self.box = box

    def sweep(self) -> None:
        log.info("hawks weathering")


class MoultRoster:
    def __init__(self, box: MewsBox) -> None:
        self.box = box

    def sweep(self) -> None:
        self.box.fetch("/rosters/moult")  # expect: WC002


ROSTERS = {"weathering": WeatheringRoster, "moult": MoultRoster}


class MewsKeeper:
    def __init__(self) -> None:
        box = summon_mews_box()
        settings = RosterSettings()
        moult = copy.copy(settings)
        moult.mode = "moult"
        self.day = ROSTERS[settings.mode](box)
        self.moult = ROSTERS[moult.mode](box)
        self.box = box

    def tick(self) -> None:
        self.day.sweep()
        if moult_season_started():
            self.moult.sweep()
        self.box.fetch("/mews/weights")  # expect: WC001
