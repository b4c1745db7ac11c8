"""The yard-office container and the client that holds it."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class YardBox:
    """The platform's stub for the yard-office container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def yard_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def saddle_up_yard_box(site: str) -> YardBox:
    log.info("saddling up the yard box of %s", site)
    return YardBox()


class YardClient:
    def __init__(self, site: str) -> None:
        self.site = site
        self.box = saddle_up_yard_box(site)

    def path(self, *parts: str) -> str:
        return "/" + "/".join((self.site, *parts))


@functools.cache
def yard_client(site: str) -> YardClient:
    """One client per site for the whole process, made on first use."""
    return YardClient(site)
