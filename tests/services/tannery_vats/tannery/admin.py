"""Tasks the admin web app sends to the worker: none of them is on the beat schedule."""

from __future__ import annotations

import logging
from typing import Any

from . import settings
from .errors import TanneryError
from .services import services
from .taskapp import app

log = logging.getLogger(__name__)


@app.task(name="tannery.admin.reseed_cultures")
def reseed_cultures(kind: str) -> None:
    services().console.reseed_culture(kind)


def handle_reseed_request(payload: dict[str, Any]) -> str:
    """The admin view's POST handler: queues a reseed for the worker."""
    kind = payload["kind"]
    if getattr(settings, "VAT_" + kind.upper(), None) is None:
        raise TanneryError(f"no {kind} vats fitted")
    return reseed_cultures.delay(kind)
