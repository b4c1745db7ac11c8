"""The vet lab container and the link that holds it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class QuarantineVetBox:
    """The platform's stub for the vet lab container (titres, paging, paperwork)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_quarantine_vet_box(site: str) -> QuarantineVetBox:
    log.info("summoning the vet lab box for %s", site)
    return QuarantineVetBox()


class VetLabLink:
    __slots__ = ("site", "box")

    def __init__(self, site: str) -> None:
        self.site = site
        self.box = summon_quarantine_vet_box(site)

    @staticmethod
    def path(*parts: str) -> str:
        return "/" + "/".join(parts)
