"""Start-up: settings, ledger, clients (one built with a box, one lazy), and the jobs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .jobs import DieJanitor, PlanchetIntake, StrikeDispatcher
from .ledger import MintLedger
from .pressbox import DieInspector, PressClientBuilder, summon_press_box
from .settings import PressHallSettings

log = logging.getLogger(__name__)


@dataclass
class PressHall:
    intake: PlanchetIntake
    dispatcher: StrikeDispatcher
    janitor: DieJanitor


def start_press_hall(site: str) -> PressHall:
    settings = PressHallSettings.load(site)
    ledger = MintLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), site)
    box = summon_press_box(site)
    strike_client = PressClientBuilder().for_site(site).with_box(box).with_retries(settings.retries).build()
    lazy_client = PressClientBuilder().for_site(site).with_retries(1).build()
    hall = PressHall(
        intake=PlanchetIntake(ledger, site),
        dispatcher=StrikeDispatcher(strike_client, site),
        janitor=DieJanitor(ledger, lazy_client, DieInspector(site), settings.compact_every),
    )
    log.info("press hall %s up", site)
    return hall
