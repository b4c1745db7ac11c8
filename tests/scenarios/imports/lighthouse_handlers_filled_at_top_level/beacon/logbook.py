"""The keeper's logbook: traffic, maintenance and calibration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import kvbox
import stowage


@dataclass(frozen=True)
class MaintenanceRequest:
    request_id: str
    kind: str


@dataclass
class KeeperContext:
    lantern: Any
    logbook: Logbook
    light_character: str


class Logbook:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def ships_in_channel(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM ais_contacts WHERE seen_at > now() - interval '10 minutes'") > 0

    def maintenance_requests(self) -> list[MaintenanceRequest]:
        rows = self._db.fetch_all("SELECT request_id, kind FROM maintenance WHERE done = false")
        return [MaintenanceRequest(r["request_id"], r["kind"]) for r in rows]

    def note(self, text: str) -> None:
        self._db.execute("INSERT INTO notes (text) VALUES ($1)", text)


def lens_calibration_due(cache: kvbox.Cache) -> bool:
    return cache.get("beacon:lens-calibration") is not None
