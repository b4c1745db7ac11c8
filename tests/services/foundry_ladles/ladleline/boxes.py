"""The pour-control container, the memoised client getter and the proxy the line holds."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class PourBox:
    """The platform's stub for the pour-control container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def describe(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_pour_box(line: str) -> PourBox:
    log.info("summoning the pour box for %s", line)
    return PourBox()


@functools.lru_cache(maxsize=None)
def pour_client(line: str) -> PourBox:
    """One client per line for the life of the process."""
    return summon_pour_box(line)


class PourBoxProxy:
    """Stands in for the client: attribute reads go to the client ``pour_client`` gives back."""

    def __init__(self, line: str) -> None:
        self._line = line

    def __getattr__(self, name: str) -> Any:
        log.debug("forwarding %s to the %s pour box", name, self._line)
        return getattr(pour_client(self._line), name)

    def __repr__(self) -> str:
        return f"PourBoxProxy({self._line!r})"
