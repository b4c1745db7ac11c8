"""The survey plan as a tree, walked by visitors (the hydrography contractor, 2021)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from .hull import DredgeHull

log = logging.getLogger(__name__)


@dataclass
class SurveyNode:
    kind: str
    name: str
    children: list[SurveyNode] = field(default_factory=list)

    def accept(self, visitor: Any) -> None:
        getattr(visitor, "visit_" + self.kind)(self)
        for child in self.children:
            child.accept(visitor)


def build_survey_plan(channels: tuple[str, ...], berths: tuple[str, ...]) -> SurveyNode:
    return SurveyNode("yard", "root", [SurveyNode("channel", c, [SurveyNode("berth", b) for b in berths]) for c in channels])


class SurveyCountVisitor:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def visit_yard(self, node: SurveyNode) -> None:
        self.counts["yard"] = self.counts.get("yard", 0) + 1

    def visit_channel(self, node: SurveyNode) -> None:
        self.counts["channel"] = self.counts.get("channel", 0) + 1

    def visit_berth(self, node: SurveyNode) -> None:
        self.counts["berth"] = self.counts.get("berth", 0) + 1


class HullSurveyVisitor:
    def __init__(self, hull: DredgeHull) -> None:
        self.hull = hull
        self.sounded: list[str] = []

    def visit_yard(self, node: SurveyNode) -> None:
        log.info("sonar survey starting")

    def visit_channel(self, node: SurveyNode) -> None:
        self.hull.fetch(f"/channels/{node.name}/sound", method="POST")

    def visit_berth(self, node: SurveyNode) -> None:
        self.sounded.append(node.name)
