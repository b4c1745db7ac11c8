"""An aiohttp-shaped application object and the app factory."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

from .hooks import wire_bench, wire_ledger, wire_notifier, wire_poller, wire_services
from .settings import SaddlerySettings

log = logging.getLogger(__name__)

StartupHook = Callable[["SaddleryApp"], Awaitable[None]]


class SaddleryApp(MutableMapping[str, Any]):
    """Like ``aiohttp.web.Application``: a mapping of shared state plus start-up hooks."""

    def __init__(self) -> None:
        self._state: dict[str, Any] = {}
        self.on_startup: list[StartupHook] = []
        self._started = False

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self._started:
            log.warning("changing %r after start-up", key)
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    async def startup(self) -> None:
        for hook in self.on_startup:
            await hook(self)
        self._started = True
        log.info("saddlery app started with %s", sorted(self))


def create_saddlery_app(region: str) -> SaddleryApp:
    app = SaddleryApp()
    app["settings"] = SaddlerySettings.from_env(region)
    app.on_startup.append(wire_ledger)
    app.on_startup.append(wire_bench)
    app.on_startup.extend([wire_services, wire_notifier, wire_poller])
    return app
