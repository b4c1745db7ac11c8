"""Conical tanks, their dosing pump, and the gravity push."""

from __future__ import annotations

import logging
from typing import Any

from .base import VatPlugin
from .ledger import BrewhouseError, FermentLedger

log = logging.getLogger(__name__)


class ConeTankPlugin(VatPlugin):
    """Every plugin of a conical tank pings the tank's controller first."""

    def run(self) -> None:
        super().run()
        self.box.fetch(f"/vessels/{self.vessel}/ping", method="PUT")


class DosingPump:
    def __init__(self, line: str) -> None:
        self.line = line
        self._box: Any = None

    @property
    def box(self) -> Any:
        if self._box is None:
            raise BrewhouseError(f"dosing pump {self.line} is not wired")
        return self._box

    @box.setter
    def box(self, value: Any) -> None:
        self._box = value

    def dose(self, strain: str) -> None:
        self.box.fetch(f"/dosing/{self.line}", method="POST", json={"strain": strain})


def push_gravity_samples(ledger: FermentLedger, lease: Any) -> None:
    for sample in ledger.pending_gravity_samples():
        lease.box.fetch(f"/gravity/{sample.vessel}", method="POST", json={"plato": sample.plato})
