"""Warp beams: the changeover when a beam runs out."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from .ledger import WarpLedger

log = logging.getLogger(__name__)


class BeamKeeper:
    def __init__(self, ledger: WarpLedger, frame: Any) -> None:
        self.ledger = ledger
        self.frame = frame

    @staticmethod
    def changeover_path(shed: str) -> str:
        return f"/sheds/{shed}/beams/changeover"

    def change_if_due(self, beams: Sequence[str]) -> bool:
        if not self.ledger.warp_beam_changeover():
            return False
        log.info("warp beam changeover on %d beams", len(beams))
        self.frame.fetch(BeamKeeper.changeover_path(self.ledger.shed), method="POST", json={"beams": list(beams)})
        return True
