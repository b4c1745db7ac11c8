"""Bolt inspection: one inspector closure per inspection kind."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .ledger import WarpLedger, WovenBolt

log = logging.getLogger(__name__)


def make_bolt_inspector(kind: str, frame: Any) -> Callable[[WovenBolt], None]:
    def inspect(bolt: WovenBolt) -> None:
        frame.fetch(f"/bolts/{bolt.bolt_id}/inspect/{kind}", method="POST")

    return inspect


class BoltInspectionDesk:
    def __init__(self, ledger: WarpLedger, frame: Any, kinds: Sequence[str]) -> None:
        self.ledger = ledger
        self.frame = frame
        self._inspectors = [make_bolt_inspector(kind, frame) for kind in kinds]

    @staticmethod
    def is_reject(bolt: WovenBolt) -> bool:
        return bolt.grade == "reject"

    def inspect_waiting_bolts(self) -> Counter[str]:
        bolts = self.ledger.bolts_awaiting_inspection()
        for bolt in bolts:
            for inspect in self._inspectors:
                inspect(bolt)
            if self.is_reject(bolt):
                log.warning("bolt %s rejected; stopping the run", bolt.bolt_id)
                break
        else:
            self.frame.fetch("/bolts/clean-run", method="POST", json={"shift_bolts": len(bolts)})
        grades = Counter(bolt.grade for bolt in bolts)
        if grades["seconds"]:
            self.frame.fetch("/bolts/seconds-report", method="POST", json=dict(grades))
        return grades
