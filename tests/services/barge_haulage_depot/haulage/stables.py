"""The towpath stable container and the client that reaches it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class TowpathStableBox:
    """The platform's stub for the stable container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def stable_name(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_towpath_stable_box(canal: str) -> TowpathStableBox:
    log.info("summoning the stable box on the %s canal", canal)
    return TowpathStableBox()


class StableClient:
    """One per depot: the box is summoned when the client is built, at start-up."""

    def __init__(self, canal: str) -> None:
        self.canal = canal
        self.box = summon_towpath_stable_box(canal)

    @staticmethod
    def path(*parts: str) -> str:
        return "/stables/" + "/".join(parts)
