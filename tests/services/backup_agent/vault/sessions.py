"""Ways to hold the vault while working on it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class VaultSession:
    """A session on the vault: opened on enter, closed on every way out."""

    def __init__(self, box: Any, purpose: str) -> None:
        self.box = box
        self.purpose = purpose

    def __enter__(self) -> VaultSession:
        self.box.fetch("/sessions", method="POST", json={"purpose": self.purpose})
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        self.box.fetch("/sessions/current", method="DELETE")
        return False

    def verify(self, snapshot_id: str) -> None:
        self.box.fetch(f"/snapshots/{snapshot_id}/verify", method="POST")


class SnapshotLock:
    """Locks the snapshot catalogue; the block gets the box itself."""

    def __init__(self, box: Any) -> None:
        self._box = box

    def __enter__(self) -> Any:
        log.debug("locking the catalogue in %s", self._box.region())
        return self._box

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            self._box.fetch("/catalogue/lock", method="DELETE", json={"abort": True})


class KeyRollover:
    def __init__(self, box: Any, new_key: str) -> None:
        self.box = box
        self.new_key = new_key

    def __enter__(self) -> KeyRollover:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.box.fetch("/keys/commit", method="POST", json={"key": self.new_key})


@contextlib.contextmanager
def maintenance_window(box: Any) -> Iterator[Any]:
    box.fetch("/maintenance", method="POST")
    try:
        yield box
    finally:
        box.fetch("/maintenance", method="DELETE")
