from __future__ import annotations

import logging

import kvbox
import stowage

from .orchard import Orchard, init_orchard
from .sensors import SensorNetwork
from .settings import OrchardSettings
from .valves import engage_valve_box

log = logging.getLogger(__name__)


def start(block: str) -> None:
    settings = OrchardSettings.for_block(block)
    box = engage_valve_box(block)
    log.info("valve controller %s", box.controller_serial())
    init_orchard(Orchard(settings, SensorNetwork(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url)), box))
