"""The shed poller: the mill's scheduler calls ``tick`` every two minutes."""

from __future__ import annotations

import logging
from typing import Any

from . import runtime
from .looms import LoomHeads, open_loom_controller
from .orders import jacquard_cards_updated
from .procedures import climate_hold, only_while_weaving
from .settings import ShedSettings

log = logging.getLogger(__name__)

ROUTINE_PARTS = ("shuttle", "heddles")


class LoomShedPoller:
    def __init__(self, settings: ShedSettings) -> None:
        self.settings = settings
        self.looms: list[LoomHeads] = []
        self.by_bay: dict[str, list[Any]] = {}

    def commission(self) -> None:
        for bay in self.settings.bays:
            for index in range(self.settings.looms_per_bay):
                name = f"{bay}-{index}"
                heads = LoomHeads(name, open_loom_controller(self.settings, f"{name}-warp"),
                                  open_loom_controller(self.settings, f"{name}-weft"))
                self.looms.append(heads)
                self.by_bay.setdefault(bay, []).append(heads.weft)

    def tick(self) -> None:
        with climate_hold(runtime.climate()) as climate:
            climate.post("/humidity/read")  # expect: WC001
        lead, *others = self.looms
        lead.warp.post("/warp/tension")  # expect: WC001
        for _, _, weft in others:
            weft.post("/weft/check")  # expect: WC001
        for part in ROUTINE_PARTS:
            getattr(self, f"_inspect_{part}")(lead)
        self._advance_cloth()
        for bolt in runtime.orders().bolts_to_inspect():
            getattr(self, "_inspect_reed")(self.looms[0])
            log.info("bolt %s from %s", bolt.bolt_id, bolt.loom)
        if jacquard_cards_updated(runtime.cache()):
            for wefts in self.by_bay.values():
                for weft in wefts:
                    weft.set_env_var("JACQUARD_SET", "latest")  # expect: WC002

    def _inspect_shuttle(self, heads: LoomHeads) -> None:
        heads.weft.post("/shuttle/inspect")  # expect: WC001

    def _inspect_heddles(self, heads: LoomHeads) -> None:
        heads.warp.post("/heddles/inspect")  # expect: WC001

    def _inspect_reed(self, heads: LoomHeads) -> None:
        heads.warp.post("/reed/inspect")

    @only_while_weaving
    def _advance_cloth(self) -> None:
        for heads in self.looms:
            heads.warp.post("/cloth/advance")
