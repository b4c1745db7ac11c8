"""The mill's start-up: settings, ledger, mortar box, and the configured battery."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .battery import StampBattery
from .ledger import StampLedger
from .mortarbox import raise_mortar_box
from .settings import MillSettings

log = logging.getLogger(__name__)


def start_stamp_mill(mill_id: str) -> StampBattery:
    settings = MillSettings.from_env(mill_id)
    ledger = StampLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), mill_id)
    box = raise_mortar_box(mill_id)
    battery = StampBattery.create(settings, ledger, box)
    log.info("stamp mill %s running a %s", mill_id, type(battery).__name__)
    return battery
