"""The tank-control container and the proxies the hatchery talks to it through."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class TankBoxUnsteady(Exception):
    """The tank box kept answering with an error."""


class HatcheryTankBox:
    """The platform's stub for the tank-control container (probes, dosers, hoppers)."""

    def read_oxygen_probe(self, tank: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def dose_oxygen(self, tank: str, target: float) -> Any:
        raise NotImplementedError("bound by the platform")

    def dispense_feed(self, tank: str, grams: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def post_fry_count(self, tank: str, batch: str, fry: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def snap_census_frame(self, tank: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def report_pulse(self, site: str, tanks: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def prime_incubators(self, site: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def file_census_digest(self, site: str, fry: int) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_tank_box(site: str) -> HatcheryTankBox:
    log.info("summoning the tank box for %s", site)
    return HatcheryTankBox()


class LoggedTankBox:
    """Logs every operation asked of the box, then hands back the box's own."""

    def __init__(self, box: HatcheryTankBox, site: str) -> None:
        self._box = box
        self._site = site

    def __getattr__(self, operation: str) -> Any:
        log.debug("tank box %s: %s", self._site, operation)
        return getattr(self._box, operation)


class RetryingTankBox:
    """Calls an operation again while the box's reply is not ``ok``."""

    def __init__(self, inner: Any, attempts: int) -> None:
        self._inner = inner
        self._attempts = attempts

    def __getattr__(self, operation: str) -> Callable[..., Any]:
        call = getattr(self._inner, operation)
        attempts = self._attempts

        def with_retries(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, attempts + 1):
                reply = call(*args, **kwargs)
                if reply.ok:
                    return reply
                log.warning("%s failed (attempt %d of %d)", operation, attempt, attempts)
            raise TankBoxUnsteady(operation)

        return with_retries
