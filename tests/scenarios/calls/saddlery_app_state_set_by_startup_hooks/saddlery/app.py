from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

log = logging.getLogger(__name__)


class SaddleryApp(MutableMapping[str, Any]):
    def __init__(self) -> None:
        self._state: dict[str, Any] = {}
        self.on_startup: list[Callable[[SaddleryApp], None]] = []

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    def startup(self) -> None:
        for hook in self.on_startup:
            log.info("start-up hook %s", hook.__name__)
            hook(self)
