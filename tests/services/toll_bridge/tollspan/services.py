"""Services over the gantry box: lanes, signs, settlement, health."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import stowage

from .gantry import GantryBusy, TollGantryBox, expect_ok
from .repository import SpanRepository, TransponderRead
from .resilience import gantry_breaker, retry_on, throttled
from .settings import HEARTBEAT_GAP_SECONDS, RETRY_BACKOFF_SECONDS, SETTLE_ATTEMPTS

log = logging.getLogger(__name__)


@contextlib.contextmanager
def lane_session(box: TollGantryBox, lanes: tuple[str, ...]) -> Iterator[str]:
    reply = box.fetch("/lanes/session", method="POST", json={"lanes": list(lanes)})
    session_id = "session-1" if reply.ok else "session-degraded"
    try:
        yield session_id
    finally:
        box.fetch(f"/lanes/session/{session_id}", method="DELETE")


class LaneOps:
    def __init__(self, box: TollGantryBox, lanes: tuple[str, ...]) -> None:
        self.box = box
        self.lanes = lanes

    @gantry_breaker
    def cycle_barriers(self, session_id: str) -> Any:
        return expect_ok(self.box.fetch("/barriers/cycle", method="POST", json={"session": session_id}), "barrier cycle")

    @retry_on(GantryBusy, attempts=2)
    def park_barriers(self) -> Any:
        log.info("parking every barrier on %s", self.box.gantry_tag())
        return expect_ok(self.box.fetch("/barriers/park", method="POST", json={"lanes": list(self.lanes)}), "park")


class SignBoard:
    def __init__(self, box: TollGantryBox) -> None:
        self.box = box

    @gantry_breaker
    def refresh(self, bridge: str) -> Any:
        return expect_ok(self.box.fetch("/signs/refresh", method="PUT", json={"bridge": bridge}), "sign refresh")


class TransponderSettler:
    def __init__(self, box: TollGantryBox, repo: SpanRepository) -> None:
        self.box = box
        self.repo = repo

    @retry_on(GantryBusy, attempts=SETTLE_ATTEMPTS, backoff=RETRY_BACKOFF_SECONDS)
    def settle(self, read: TransponderRead) -> None:
        expect_ok(self.box.fetch(f"/reads/{read.read_id}/settle", method="POST", json={"tag": read.tag}), "settle")
        try:
            self.repo.mark_settled(read.read_id)
        except stowage.StowageError:
            log.warning("read %s settled on the gantry but not recorded", read.read_id)


class GantryHealth:
    def __init__(self, box: TollGantryBox, bridge: str) -> None:
        self.box = box
        self.bridge = bridge

    @throttled(min_gap=HEARTBEAT_GAP_SECONDS)
    @gantry_breaker
    @retry_on(GantryBusy, attempts=2, backoff=RETRY_BACKOFF_SECONDS)
    def heartbeat(self) -> Any:
        return expect_ok(self.box.fetch("/health/heartbeat", method="PUT", json={"bridge": self.bridge}), "heartbeat")
