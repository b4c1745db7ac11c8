from __future__ import annotations

import kvbox
import stowage

from .devices import DeviceRegistry
from .poller import DeviceShadowPoller
from .relay import CommandRelay
from .shadow import current_target, init_shadow


def start(region: str) -> DeviceShadowPoller:
    init_shadow(region)
    CommandRelay.configure(current_target().box)
    return DeviceShadowPoller(DeviceRegistry(stowage.connect("postgres://iot")), kvbox.Cache("redis://iot"))
