from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceCommand:
    device_id: str
    command: str


class DeviceRegistry:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def pending_commands(self) -> list[DeviceCommand]:
        rows = self.db.fetch_all("SELECT device_id, command FROM commands WHERE delivered = false")
        return [DeviceCommand(r["device_id"], r["command"]) for r in rows]

    def reported_since_last_poll(self) -> list[str]:
        return [r["device_id"] for r in self.db.fetch_all("SELECT device_id FROM reports LIMIT 1")]

    def touch_poll(self) -> None:
        self.db.execute("UPDATE gateway SET polled_at = now()")


def devices_reporting(registry: DeviceRegistry) -> bool:
    return registry.db.fetch_value("SELECT count(*) FROM reports WHERE consumed = false") > 0


def firmware_rollout_window(cache: kvbox.Cache) -> bool:
    return cache.get("iot:rollout-window") is not None
