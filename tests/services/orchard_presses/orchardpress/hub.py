"""The plug-in hub: each plug-in's ``register(hub)`` adds tick hooks here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import kvbox

from .repository import OrchardPressLedger
from .services import PressBayService
from .settings import OrchardPressSettings

log = logging.getLogger(__name__)


@dataclass
class PressContext:
    settings: OrchardPressSettings
    ledger: OrchardPressLedger
    service: PressBayService
    cache: kvbox.Cache
    tick_no: int = 0


PressHook = Callable[[PressContext], None]


class OrchardPressHub:
    def __init__(self) -> None:
        self._hooks: dict[str, PressHook] = {}
        self.loaded: list[str] = []

    def add_tick_hook(self, name: str, hook: PressHook) -> None:
        if name in self._hooks:
            raise ValueError(f"tick hook {name!r} registered twice")
        self._hooks[name] = hook

    def tick_hooks(self) -> list[tuple[str, PressHook]]:
        return list(self._hooks.items())
