"""The gateway's poll: every thirty seconds."""

from __future__ import annotations

import logging

import kvbox
import telemetry

from .devices import DeviceRegistry, devices_reporting, firmware_rollout_window
from .relay import CommandRelay
from .shadow import FirmwareStage, current_target, shadow_session
from .tasks import SYNC_TASKS

log = logging.getLogger(__name__)

POLLS = telemetry.Counter("gateway_polls")


class DeviceShadowPoller:
    def __init__(self, registry: DeviceRegistry, cache: kvbox.Cache) -> None:
        self.registry = registry
        self.cache = cache

    def poll(self) -> None:
        POLLS.inc()
        self.registry.touch_poll()
        relay = CommandRelay()
        for command in self.registry.pending_commands():
            relay.deliver(command)
        if not devices_reporting(self.registry):
            return
        region, box = current_target()
        log.debug("syncing shadows in %s at %s", region, box.endpoint())
        with shadow_session(box) as session:
            for task in SYNC_TASKS:
                task(session, self.registry)
        if firmware_rollout_window(self.cache):
            with FirmwareStage(current_target().box, "4.2.0"):
                log.info("staging firmware")
