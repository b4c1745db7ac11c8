"""The process-wide service registry: filled by ``init()``, read by the jobs."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class QuarryRegistryError(LookupError):
    """A job asked for a service ``init()`` did not register."""


_registry: dict[str, object] = {}


def register(name: str, obj: object) -> None:
    if name in _registry:
        log.warning("replacing registered service %s", name)
    _registry[name] = obj


def lookup(name: str) -> Any:
    try:
        return _registry[name]
    except KeyError:
        raise QuarryRegistryError(f"no service registered as {name!r}") from None
