"""The wind supply: blower, reservoir and the regulator on the wind chest."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WindSupply:
    def __init__(self, chest: Any, nominal_mm: int) -> None:
        self.chest = chest
        self._pressure = nominal_mm

    @property
    def pressure(self) -> int:
        """The regulator's set point, in millimetres of water column."""
        return self._pressure

    @pressure.setter
    def pressure(self, value: int) -> None:
        if value == self._pressure:
            return
        log.info("regulator %d -> %d mm", self._pressure, value)
        self.chest.fetch("/wind/regulator", method="PUT", json={"mm": value})
        self._pressure = value
