"""The escalator's tick, every five minutes."""

from __future__ import annotations

import logging

import kvbox

from .plugins import ShiftPlugin, SlaPlugin
from .state import desk, publish_oncall_roster
from .tickets import TicketRepo, holiday_calendar_reload_due

log = logging.getLogger(__name__)


class TicketEscalator:
    def __init__(self, repo: TicketRepo, cache: kvbox.Cache) -> None:
        self.repo = repo
        self.cache = cache

    def on_tick(self) -> None:
        queue, box = desk()
        box.fetch(f"/queues/{queue}/heartbeat", method="POST")
        log.debug("queue %s", box.queue_name())
        sla = SlaPlugin()
        for breach in self.repo.breached_slas():
            sla.escalate(breach)
        if self.repo.tickets_awaiting_agents():
            sla.escalate_waiting()
        if self.repo.handover_pending():
            ShiftPlugin().hand_over("day-bot")
        self.reload_holidays()

    def reload_holidays(self) -> None:
        if holiday_calendar_reload_due(self.cache):
            publish_oncall_roster(desk()[1], self.repo.oncall_names())
