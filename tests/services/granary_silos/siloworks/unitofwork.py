"""The unit of work: an identity map, pending objects and a flush that fires events."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any, TypeVar

from . import event
from .models import GrainRecord

log = logging.getLogger(__name__)

R = TypeVar("R", bound=GrainRecord)


def identity_key(obj: GrainRecord) -> tuple[type, Any]:
    return type(obj), obj.ident


class GrainSession:
    def __init__(self) -> None:
        self.identity_map: dict[tuple[type, Any], GrainRecord] = {}
        self.info: dict[str, Any] = {}
        self._pending: list[GrainRecord] = []

    def add(self, obj: GrainRecord) -> None:
        if identity_key(obj) in self.identity_map:
            return
        self._pending.append(obj)

    def load(self, obj: R) -> R:
        """Take an object read from the database: persistent, clean, no insert."""
        self.identity_map[identity_key(obj)] = obj
        obj.changes.clear()
        return obj

    def get(self, cls: type[R], ident: Any) -> R | None:
        return self.identity_map.get((cls, ident))  # type: ignore[return-value]

    def all(self, cls: type[R]) -> list[R]:
        return [obj for (klass, _), obj in self.identity_map.items() if klass is cls]  # type: ignore[misc]

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for obj in pending:
            self.identity_map[identity_key(obj)] = obj
            obj.changes.clear()
            event.dispatch("after_insert", self, obj)
        for obj in list(self.identity_map.values()):
            if obj.changes:
                event.dispatch("after_update", self, obj)
                obj.changes.clear()

    def rollback(self) -> None:
        dropped = len(self._pending)
        self._pending.clear()
        for obj in self.identity_map.values():
            for name, old in obj.changes.items():
                object.__setattr__(obj, name, old)
            obj.changes.clear()
        log.info("rolled back; %d pending objects dropped", dropped)

    @contextlib.contextmanager
    def begin(self) -> Iterator[GrainSession]:
        try:
            yield self
            self.flush()
        except Exception:
            self.rollback()
            raise
