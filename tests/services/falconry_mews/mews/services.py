"""The keeper's helpers: jess inspection, weigh-ins and telemetry tags."""

from __future__ import annotations

import logging
from operator import attrgetter

from .boxes import LoftClient
from .ledger import Hawk, HawkLedger

log = logging.getLogger(__name__)


class JessInspector:
    def __init__(self, client: LoftClient) -> None:
        self.client = client

    def sign_off(self, hawks: list[Hawk]) -> bool:
        jesses = [jess for hawk in hawks for jess in hawk.jesses]
        if all(jess.supple for jess in jesses):
            self.client.box.fetch("/jesses/sign-off", method="POST", json={"checked": len(jesses)})
            return True
        log.warning("%d jesses need replacing", sum(1 for jess in jesses if not jess.supple))
        return False


class WeighingClerk:
    def record(self, client: LoftClient, hawks: list[Hawk]) -> int:
        taken = sum(len(hawk.weighings) for hawk in hawks)
        if taken == 0:
            log.debug("no weighings this tick")
            return 0
        lightest_first = sorted(hawks, key=attrgetter("weight_grams"))
        client.box.fetch("/weights/batch", method="POST", json={"rings": [h.ring for h in lightest_first]})
        return taken


class TagWrangler:
    """Telemetry tags; its actions are called by name (``methodcaller``)."""

    def __init__(self, ledger: HawkLedger, client: LoftClient, low_battery_percent: int) -> None:
        self.ledger = ledger
        self.client = client
        self.low_battery_percent = low_battery_percent

    def battery_report(self, hawks: list[Hawk]) -> None:
        if any(hawk.tag_battery < self.low_battery_percent for hawk in hawks):
            self.client.box.fetch("/tags/battery", method="GET")

    def retune(self, hawks: list[Hawk]) -> None:
        log.info("retuning tags while a hawk is flying")
        self.client.box.fetch("/tags/retune", method="POST", json={"hawks": len(hawks)})
