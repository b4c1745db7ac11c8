"""Escalation plugins; the plugin framework calls ``setup()`` on each before the first tick."""

from __future__ import annotations

import logging
from typing import Any, ClassVar, NamedTuple

from .tickets import Breach, TicketRepo

log = logging.getLogger(__name__)


class Shift(NamedTuple):
    agent: str
    box: Any


class EscalationPlugin:
    box: ClassVar[Any] = None
    repo: ClassVar[TicketRepo | None] = None

    @classmethod
    def setup(cls, box: Any, repo: TicketRepo) -> None:
        cls.box = box
        cls.repo = repo

    def escalate_waiting(self) -> None:
        self.box.fetch("/tickets/waiting/escalate", method="POST")


class SlaPlugin(EscalationPlugin):
    def escalate(self, breach: Breach) -> None:
        self.box.fetch(f"/tickets/{breach.ticket_id}/escalate", method="POST", json={"over": breach.minutes_over})


class ShiftPlugin(EscalationPlugin):
    shifts: ClassVar[Shift | None] = None

    @classmethod
    def setup(cls, box: Any, repo: TicketRepo) -> None:
        super().setup(box, repo)
        cls.shifts = Shift("night-bot", box)

    def hand_over(self, incoming: str) -> None:
        outgoing = self.shifts
        current, previous = Shift(incoming, self.box), outgoing
        current, previous = previous, current
        previous.box.fetch("/shifts/handover", method="POST", json={"from": current.agent, "to": previous.agent})
        type(self).shifts = current


PLUGINS: tuple[type[EscalationPlugin], ...] = (SlaPlugin, ShiftPlugin)
