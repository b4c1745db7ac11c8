"""A small dependency-injection container: named providers, built once on first use."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class ServiceContainer:
    def __init__(self) -> None:
        self._providers: dict[str, Callable[[], Any]] = {}
        self._instances: dict[str, Any] = {}

    def provide(self, name: str, provider: Callable[[], Any]) -> None:
        self._providers[name] = provider

    def get(self, name: str) -> Any:
        if name not in self._instances:
            log.debug("building %s", name)
            self._instances[name] = self._providers[name]()
        return self._instances[name]
