"""The stall registry: each stall plug-in's ``register(registry)`` adds its chore here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import StallContext

log = logging.getLogger(__name__)

StallChore = Callable[["StallContext"], None]


class StallRegistry:
    """Chores by stall name, walked in the order the stalls registered."""

    def __init__(self) -> None:
        self._chores: dict[str, StallChore] = {}

    def register(self, name: str, fn: StallChore) -> None:
        if name in self:
            raise ValueError(f"stall {name!r} registered twice")
        self._chores[name] = fn
        log.debug("stall %s registered (%s)", name, fn.__qualname__)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._chores))

    def __contains__(self, name: object) -> bool:
        return name in self._chores

    def __getitem__(self, name: str) -> StallChore:
        return self._chores[name]

    def __len__(self) -> int:
        return len(self._chores)
