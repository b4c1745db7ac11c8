"""The windmill poller: the mill's scheduler calls ``tick`` every five minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .ledger import MillLedger, MillState, stone_dressing_due

log = logging.getLogger(__name__)


class WindmillPoller:
    def __init__(self, controller: Any, ledger: MillLedger, cache: kvbox.Cache) -> None:
        self.controller = controller
        self.ledger = ledger
        self.cache = cache
        self.state = MillState()
        self._grinding = True  # assume a loaded hopper until the first tick looks
        self._needs_inspection = False

    def tick(self) -> None:
        self._grinding = self.ledger.grain_in_hopper()
        self._needs_inspection = not self._grinding
        self.state.hopper_full = self._grinding
        self.state.sacks_waiting = len(self.ledger.sacks_to_weigh())
        self.state.dressing = stone_dressing_due(self.cache)

        self._check_sails()
        self._feed_stones()
        self._adjust_tentering()
        self._inspect_stones()
        self._hoist_sacks()
        self._report(self._grinding)
        self._dress_stones()

    def _check_sails(self) -> None:
        self.controller.post("/sails/check")  # expect: WC001

    def _feed_stones(self) -> None:
        if self._grinding:
            self.controller.post("/shoe/feed", json={"rate": "normal"})

    def _adjust_tentering(self) -> None:
        if not self.state.hopper_full:
            return
        self.controller.post("/tentering/adjust")

    def _inspect_stones(self) -> None:
        if self._needs_inspection:
            self.controller.post("/stones/inspect")  # expect: WC001

    def _hoist_sacks(self) -> None:
        if self.state.sacks_waiting > 0:
            self.controller.post("/hoist/run", json={"sacks": self.state.sacks_waiting})

    def _report(self, grinding: bool) -> None:
        if grinding:
            self.controller.post("/flour/report")
        else:
            log.debug("idle: nothing to report")

    def _dress_stones(self) -> None:
        if self.state.dressing:
            self.controller.set_env_var("STONE_PROFILE", "freshly-dressed")  # expect: WC002
