"""HTTP routes, registered into the router's dict by decorators."""

from __future__ import annotations

import logging
from typing import Any

from .asgi import FerrylightRequest, FerrylightRouter
from .repository import TollRepository

log = logging.getLogger(__name__)

router = FerrylightRouter()


@router.get("/health")
async def health(request: FerrylightRequest) -> dict[str, Any]:
    state = request.app.state
    body: dict[str, Any] = {"service": "ferrylight", "region": state.config.get("region", "unknown")}
    if state.config.get("probe_recognizer", True):
        reply = await TollRepository(request.app).recognizer_status()
        body["recognizer"] = "up" if reply.ok else "down"
    return body


@router.get("/plates/{plate}")
async def plate_details(request: FerrylightRequest) -> dict[str, Any]:
    repo = TollRepository(request.app)
    return await repo.lookup_plate(request.path_params["plate"])


@router.get("/tariffs")
async def tariffs(request: FerrylightRequest) -> dict[str, Any]:
    repo = TollRepository(request.app)
    return {"currency": request.app.state.config.get("currency", "GBP"), "tariffs": await repo.tariff_rows()}
