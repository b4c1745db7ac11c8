import logging
from dataclasses import dataclass

from tannery.box import DrumBox, hide_in_liquor

log = logging.getLogger(__name__)


@dataclass
class Drum:
    box: DrumBox
    fresh: bool = False


class Bench:
    def __init__(self, name: str, drum: Drum) -> None:
        self.name = name
        self.drum = drum

    @property
    def soaking(self) -> bool:
        return hide_in_liquor(self.name)


class TanneryFloor:
    def __init__(self) -> None:
        self.benches: list[Bench] = []

    def add_bench(self, bench: Bench) -> None:
        self.benches.append(bench)
        log.info("bench %s on the floor", bench.name)
