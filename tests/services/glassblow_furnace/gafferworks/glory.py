"""The glory hole: reheats and blow-outs, bound into the foreman's drills."""

from __future__ import annotations

import logging

from .furnace import FurnaceLink
from .ledger import GlassLedger

log = logging.getLogger(__name__)


class GloryHole:
    def __init__(self, link: FurnaceLink, ledger: GlassLedger) -> None:
        self.link = link
        self.ledger = ledger

    def reheat(self, degrees: int) -> None:
        log.debug("reheating the glory hole to %d", degrees)
        self.link.box.fetch("/glory/reheat", method="POST", json={"degrees": degrees})

    def blow_out(self, path: str) -> None:
        if not self.ledger.furnace_has_gathers:
            log.debug("no gather on a pipe: nothing to blow out")
            return
        self.link.box.fetch(path, method="DELETE")
