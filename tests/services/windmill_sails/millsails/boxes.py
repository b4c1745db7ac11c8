"""The sail house container (the mill's actuator controller) and the link that reaches it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SailHouseBox:
    """The platform's stub for the sail house container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def mill_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def hoist_sail_box(mill: str) -> SailHouseBox:
    log.info("hoisting the sail house box for %s", mill)
    return SailHouseBox()


class SailHouseLink:
    """One link per mill; the box is hoisted when the link is made."""

    def __init__(self, mill: str, box: SailHouseBox) -> None:
        self.mill = mill
        self.box = box

    @classmethod
    def for_mill(cls, mill: str) -> SailHouseLink:
        return cls(mill, hoist_sail_box(mill))

    @staticmethod
    def sail_path(sail: str, action: str) -> str:
        return f"/sails/{sail}/{action}"

    @staticmethod
    def stone_path(stone_id: str) -> str:
        return f"/millstones/{stone_id}/dress"
