"""What the stalls ask of their booths: boards, scales, the mill, the gate, the office."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from .booths import SpiceBoothBox, hire_spice_booth_box

log = logging.getLogger(__name__)


class MarketBooths:
    """A booth per stall, hired when the market opens, and the market office's own."""

    def __init__(self, market: str, stalls: Iterable[str]) -> None:
        self.market = market
        self._boxes: dict[str, SpiceBoothBox] = {name: hire_spice_booth_box(f"{market}-{name}") for name in stalls}
        self.office = hire_spice_booth_box(f"{market}-office")

    def _box(self, stall: str) -> SpiceBoothBox:
        return self._boxes[stall]

    def post_board(self, row: str, lines: Sequence[str]) -> None:
        self._box("price_boards").post(f"/boards/{row}", {"lines": list(lines)})

    def weigh_saffron(self, vault: str) -> bool:
        reply = self._box("saffron_vault").post(f"/vaults/{vault}/weigh", {"spice": "saffron"})
        if not reply.ok:
            log.warning("saffron scales silent at %s", self._box("saffron_vault").booth_label())
        return bool(reply.ok)

    def grind(self, spice: str, kilos: int) -> None:
        self._box("grinding_mill").post("/mill/grind", {"spice": spice, "kilos": kilos})

    def sweep_hopper(self, kilos_ground: int) -> None:
        self._box("grinding_mill").post("/mill/hopper/sweep", {"after_kilos": kilos_ground})

    def file_manifest(self, origin: str, caravans: Sequence[str]) -> None:
        self._box("caravan_gate").post(f"/gate/manifests/{origin}", {"caravans": list(caravans)})

    def post_tariff(self, season: str) -> None:
        self._box("caravan_gate").post(f"/gate/tariffs/{season}")

    def report_tick(self, tick_no: int, stalls: Sequence[str]) -> None:
        self.office.post("/office/ticks", {"tick": tick_no, "stalls": list(stalls)})
