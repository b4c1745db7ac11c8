"""The toll poller: a loop in production, one ``poll_tolls_once`` per minute."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import NamedTuple

from .asgi import FerrylightApp, FerrylightRequest
from .repository import FerrylightError, TollRepository
from .routes import health
from .services import BillingService, ManifestService
from .settings import get_settings

log = logging.getLogger(__name__)

_last_sync: float | None = None
_manifest_pushed_at: float | None = None


class PollReport(NamedTuple):
    recognizer: str
    billed: int


async def poll_tolls_once(app: FerrylightApp) -> PollReport:
    global _last_sync, _manifest_pushed_at
    settings = get_settings()
    repo = TollRepository(app)
    status = await health(FerrylightRequest(app, "/health"))
    now = time.monotonic()
    if _last_sync is None or now - _last_sync > settings.tariff_sync_seconds:
        await repo.sync_tariffs()
        _last_sync = now
    if await repo.crossings_underway():
        await ManifestService(repo).push_manifest()
        _manifest_pushed_at = now
    elif _manifest_pushed_at is not None:
        await repo.confirm_manifest()
        _manifest_pushed_at = None
    billed = await BillingService(repo, settings).bill_all(await repo.unbilled_plate_reads())
    if app.state.config.get("warm_between_sailings", False):
        await repo.warm_recognizer()
    if await repo.tariff_season_turnover():
        await repo.roll_tariff_season(settings.region)
    return PollReport(status.get("recognizer", "skipped"), billed)


async def toll_poller(app: FerrylightApp) -> None:
    settings = get_settings()
    while True:
        try:
            report = await poll_tolls_once(app)
            log.debug("toll poll: %s", report)
        except FerrylightError as exc:
            log.warning("toll poll failed: %s", exc)
        await asyncio.sleep(settings.poll_seconds)
