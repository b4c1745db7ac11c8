"""Logging with the shift and the job kind on every line."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

log = logging.getLogger("apothecary.jobs")


class ShelfLogAdapter(logging.LoggerAdapter):  # type: ignore[type-arg]
    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        extra = self.extra or {}
        return f"[{extra.get('shift')}/{extra.get('kind')}] {msg}", kwargs


class JournalMixin:
    """First ``__init__`` after the job's own: takes the shift, passes the rest on."""

    kind: str

    def __init__(self, *, shift: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.shift = shift
        self.log = ShelfLogAdapter(log, {"shift": shift, "kind": self.kind})
