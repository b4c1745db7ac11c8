"""The apiary gateway container, and a local journal with the same shape."""

from __future__ import annotations

import logging
from typing import Any

from .settings import ApiarySettings

log = logging.getLogger(__name__)


class GatewayStub:
    def __init__(self, image: str) -> None:
        self.image = image

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_apiary_gateway(settings: ApiarySettings) -> GatewayStub:
    log.info("opening apiary gateway %s", settings.gateway_image)
    return GatewayStub(settings.gateway_image)


class LocalJournal:
    """Appends notes to a file on the inspector's own disk."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: list[str] = []

    def note(self, text: str) -> None:
        self.lines.append(text)
