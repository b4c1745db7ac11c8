"""What every desk shares: a lazily claimed invoicing box."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .boxes import claim_invoicing_box

log = logging.getLogger(__name__)


@dataclass
class AuditTrail:
    purpose: str
    entries: list[str] = field(default_factory=list)


class DeskBase:
    tenant: str
    _box: Any = None

    def ensure_connected(self) -> None:
        if self._box is None:
            box = claim_invoicing_box(self.tenant)
            log.info("claimed %s", box.tenant_label())
            self._box = box

    @contextlib.contextmanager
    def audit_trail(self, purpose: str) -> Iterator[AuditTrail]:
        trail = AuditTrail(purpose)
        yield trail
        if trail.entries:
            self._box.fetch("/audit", method="POST", json={"purpose": purpose, "entries": trail.entries})


class PingMixin:
    _box: Any

    def ping(self) -> None:
        self._box.fetch("/ping")


class StatementSession:
    def __init__(self, box: Any) -> None:
        self.box = box

    def __enter__(self) -> StatementSession:
        self.box.fetch("/statements/session", method="POST")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.box.fetch("/statements/session", method="DELETE")

    def push_rates(self, rates: list[Any]) -> None:
        self.box.fetch("/statements/rates", method="PUT", json=[dict(r) for r in rates])
