"""Passengers and service requests."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class ServiceRequest:
    request_id: str
    kind: str


class Timetable:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def passengers_waiting(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM gate_taps WHERE at > now() - interval '5 minutes'") > 0

    def service_requests(self) -> list[ServiceRequest]:
        rows = self._db.fetch_all("SELECT request_id, kind FROM service_requests WHERE open")
        return [ServiceRequest(r["request_id"], r["kind"]) for r in rows]


def evacuation_drill_scheduled(cache: kvbox.Cache) -> bool:
    return cache.get("funicular:evacuation-drill") is not None
