# [tool.wakecheck]
# entry = ["*.WeaveDesk.shift_tick"]
# container-factories = ["*.rig_loom_frame"]
# empty-on-idle = { "*.bolts_awaiting_inspection" = "no bolt awaits inspection" }

"""Tallies an idle tick leaves at zero: a `Counter` of nothing, a `sum` of counts that stayed 0."""
from collections import Counter
from dataclasses import dataclass


class LoomFrame:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def rig_loom_frame() -> LoomFrame:
    return LoomFrame()


def bolts_awaiting_inspection() -> list[str]:
    raise NotImplementedError


@dataclass
class LineReport:
    line: str
    inspected: int = 0


class WeaveDesk:
    def __init__(self) -> None:
        self.frame = rig_loom_frame()
        self.reports = [LineReport("north"), LineReport("south")]

    @property
    def inspected(self) -> int:
        return sum(r.inspected for r in self.reports)

    def shift_tick(self) -> None:
        bolts = bolts_awaiting_inspection()
        grades = Counter(grade for grade in bolts)
        for grade in bolts:
            self.reports[0].inspected += 1
        if grades["seconds"]:
            self.frame.fetch("/bolts/seconds-report")
        if self.inspected > 0:
            self.frame.fetch("/bolts/inspected")
        if sum([len(bolts), 0]) > 0:
            self.frame.fetch("/bolts/count")
        self.frame.fetch("/looms/tension")  # expect: WC001
