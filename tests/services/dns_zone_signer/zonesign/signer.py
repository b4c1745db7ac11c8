"""The signer container and the context managers built around it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class SignerBox:
    """The platform's container stub for the zone signer (it holds the HSM session)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def open_signer_box(zone_set: str) -> SignerBox:
    log.info("opening the signer box for %s", zone_set)
    return SignerBox()


class SignerChannel:
    def __init__(self, box: Any, session_id: str) -> None:
        self.box = box
        self.session_id = session_id

    def heartbeat(self) -> None:
        self.box.fetch(f"/sessions/{self.session_id}/heartbeat", method="PUT")


class SignerSession:
    """Opens a signer session; hands out a channel; aborts the session if the block fails."""

    def __init__(self, box: Any, purpose: str) -> None:
        self.box = box
        self.purpose = purpose

    def __enter__(self) -> SignerChannel:
        self.box.fetch("/sessions", method="POST", json={"purpose": self.purpose})
        return SignerChannel(self.box, self.purpose)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            log.warning("aborting %s session: %s", self.purpose, exc)
            self.box.fetch(f"/sessions/{self.purpose}", method="DELETE")


@dataclass
class ZoneBatch:
    box: Any
    records: list[str] = field(default_factory=list)

    def __enter__(self) -> ZoneBatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.records:
            self.box.fetch("/batches/commit", method="POST", json={"records": self.records})


class HsmLease:
    def __init__(self, box: Any) -> None:
        self.box = box

    def __enter__(self) -> HsmLease:
        self.box.fetch("/hsm/lease", method="POST")
        return self

    def __exit__(self, *exc_info: object) -> None:
        log.debug("HSM lease returned with the session")


@dataclass
class ZoneLock:
    zone: str
    dirty: bool = False


@contextlib.contextmanager
def zone_lock(box: Any, zone: str) -> Iterator[ZoneLock]:
    lock = ZoneLock(zone)
    yield lock
    if lock.dirty:
        box.fetch(f"/zones/{zone}/lock/flush", method="POST")


class KeyCeremony:
    def __init__(self, box: Any) -> None:
        self.box = box

    def __enter__(self) -> KeyCeremony:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.box.set_env_var("ACTIVE_KSK", "next")


def release_locks(box: Any) -> None:
    box.fetch("/locks/release-stale", method="POST")
