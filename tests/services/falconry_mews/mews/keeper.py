"""The mews keeper: its tick runs every ten minutes."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from operator import methodcaller

import kvbox
import stowage

from .boxes import LoftClient, TelemetryLoft
from .ledger import HawkLedger
from .rosters import FlyingRoster, pick_roster
from .services import JessInspector, TagWrangler, WeighingClerk
from .settings import MewsSettings

log = logging.getLogger(__name__)


@dataclass
class MewsTickReport:
    hawks: int = 0
    weighings: int = 0
    jesses_signed_off: bool = False
    tag_actions: list[str] = field(default_factory=list)


class MewsKeeper:
    def __init__(self, settings: MewsSettings, ledger: HawkLedger, client: LoftClient,
                 day_roster: FlyingRoster, moult_roster: FlyingRoster) -> None:
        self.settings = settings
        self.ledger = ledger
        self.client = client
        self.day_roster = day_roster
        self.moult_roster = moult_roster
        self.inspector = JessInspector(client)
        self.clerk = WeighingClerk()
        self.tags = TagWrangler(ledger, client, settings.low_battery_percent)
        self.reports: list[MewsTickReport] = []

    def tick(self) -> MewsTickReport:
        report = MewsTickReport()
        hawks = self.ledger.hawks_due_on_the_block()
        report.hawks = len(hawks)
        with TelemetryLoft(self.client) as client:
            self.day_roster.sweep(hawks)
            report.jesses_signed_off = self.inspector.sign_off(hawks)
            report.weighings = self.clerk.record(client, hawks)
        report.tag_actions = list(self.settings.tag_actions)
        if self.ledger.falconer_on_the_glove():
            report.tag_actions.append("retune")
        for action in report.tag_actions:
            methodcaller(action, hawks)(self.tags)
        if self.ledger.moult_season_started():
            self.moult_roster.sweep(hawks)
        self.reports.append(report)
        log.info("mews tick: %s", report)
        return report


def start_mews(region: str) -> MewsKeeper:
    settings = MewsSettings.from_env().for_region(region)
    ledger = HawkLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.region)
    client = LoftClient(settings.region)
    moult_settings = copy.copy(settings)
    moult_settings.roster_mode = "moult"
    day_roster = pick_roster(settings, client)
    moult_roster = pick_roster(moult_settings, client)
    log.info("mews keeper in %s: day roster %s", region, type(day_roster).__name__)
    return MewsKeeper(settings, ledger, client, day_roster, moult_roster)
