from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Breach:
    ticket_id: str
    minutes_over: int


class TicketRepo:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def tickets_awaiting_agents(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM tickets WHERE state = 'waiting'") > 0

    def breached_slas(self) -> list[Breach]:
        rows = self.db.fetch_all("SELECT ticket_id FROM sla_breaches WHERE escalated = false")
        return [Breach(r["ticket_id"], 0) for r in rows]

    def handover_pending(self) -> bool:
        return self.db.fetch_one("SELECT 1 FROM shifts WHERE handed_over = false") is not None

    def oncall_names(self) -> list[str]:
        return [r["name"] for r in self.db.fetch_all("SELECT name FROM oncall")]


def holiday_calendar_reload_due(cache: kvbox.Cache) -> bool:
    return cache.get("helpdesk:holidays-changed") is not None
