"""The telemetry-loft container, the client that holds it, and the loft session."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

import attrs

log = logging.getLogger(__name__)


class MewsTelemetryBox:
    """The platform's stub for the telemetry-loft container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def flush(self) -> None:
        raise NotImplementedError("bound by the platform")


def summon_mews_box(region: str) -> MewsTelemetryBox:
    log.info("summoning the telemetry loft in %s", region)
    return MewsTelemetryBox()


@attrs.define
class LoftClient:
    region: str
    box: MewsTelemetryBox = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.box = summon_mews_box(self.region)


class TelemetryLoft:
    """Batches telemetry writes for one tick; the block gets the client, the exit flushes."""

    def __init__(self, client: LoftClient) -> None:
        self._client = client

    def __enter__(self) -> LoftClient:
        log.debug("loft open for %s", self._client.region)
        return self._client

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._client.box.flush()
