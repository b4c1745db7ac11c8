"""The claims poller; the worker calls ``poll`` once a minute."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import queuebus

from .maintenance import MAINTENANCE, ROUTINE
from .repository import ClaimsRepository
from .settings import ClaimsSettings

log = logging.getLogger(__name__)


class ClaimsPoller:
    def __init__(self, settings: ClaimsSettings, repo: ClaimsRepository, box: Any,
                 intake: queuebus.Subscriber) -> None:
        self.settings = settings
        self.repo = repo
        self.box = box
        self.intake = intake
        self.routes: dict[str, Callable[[], None]] = {
            "intake": self.take_in_new,
            "adjudicate": self.adjudicate,
        }
        self.routes.update(escalate=self.escalate_stuck)
        self.on_adjudication: dict[bool, Callable[[], None]] = {True: self.push_decisions, False: self.hold_decisions}

    def poll(self) -> None:
        self.routes["intake"]()
        handler = self.routes.get("adjudicate")
        if handler is not None:
            handler()
        self.routes.get("escalate", self.no_route)()
        self.routes.get("archive", self.archive_closed)()
        for name in ROUTINE:
            MAINTENANCE[name](self.box, self.repo)
        MAINTENANCE["fees"](self.box, self.repo)
        self.on_adjudication[self.repo.claims_in_adjudication()]()

    def no_route(self) -> None:
        log.debug("no such route")

    def take_in_new(self) -> None:
        for message in self.intake.poll(max_messages=5):
            claim_id = str(message.body.get("claim_id", "unknown"))
            self.box.fetch("/claims/intake", method="POST", json={"claim": claim_id})
            self.repo.record_intake(claim_id)
            message.ack()

    def adjudicate(self) -> None:
        if not self.repo.claims_in_adjudication():
            return
        self.box.fetch("/claims/adjudicate", method="POST")

    def escalate_stuck(self) -> None:
        for claim in self.repo.stuck_claims():
            self.box.fetch(f"/claims/{claim.claim_id}/escalate", method="POST")

    def archive_closed(self) -> None:
        """There is no archive route yet: archive closed claims directly."""
        for claim in self.repo.closed_claims(self.settings.archive_after_days):
            self.box.fetch(f"/claims/{claim.claim_id}/archive", method="POST")

    def push_decisions(self) -> None:
        decided = self.repo.decided_claims()
        self.box.fetch("/decisions/notify", method="POST", json=[c.claim_id for c in decided])

    def hold_decisions(self) -> None:
        log.debug("no adjudication running; decisions wait")
