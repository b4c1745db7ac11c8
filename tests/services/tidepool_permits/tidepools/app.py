"""The ASGI app factory: every service lives on ``app.state``."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import get_permit_client
from .handlers import PermitReviewer, QuotaKeeper, send_digest
from .repo import PermitRepository, TidepoolError
from .settings import TidepoolSettings
from .wiring import TidepoolContainer, TidepoolEvents, TidepoolState
from .worker import PermitWorker

log = logging.getLogger(__name__)


class TidepoolApp:
    def __init__(self) -> None:
        self.state = TidepoolState()


_running: dict[str, TidepoolApp] = {}


def current_tidepool() -> TidepoolApp:
    try:
        return _running["app"]
    except KeyError:
        raise TidepoolError("the permit app is not running") from None


async def create_app(region: str) -> TidepoolApp:
    settings = TidepoolSettings.from_env(region)
    app = TidepoolApp()
    app.state.settings = settings
    db = await stowage.connect_async(settings.dsn)
    container = TidepoolContainer()
    container.register("repo", lambda c: PermitRepository(db, kvbox.AsyncCache(settings.cache_url), settings.region))
    container.register("reviewer", PermitReviewer)
    app.state.container = container
    events = TidepoolEvents()
    keeper = QuotaKeeper(container.resolve("repo"), get_permit_client("quota", settings.region))
    events.subscribe("tick.done", keeper.on_tick_done)
    events.subscribe("tick.done", send_digest)
    archive = get_permit_client("archive", settings.region)

    async def on_rollover(region_name: str) -> None:
        await archive.session.box.set_env_var("TIDE_TABLE_REGION", region_name)

    events.subscribe("tides.rollover", on_rollover)
    app.state.events = events
    app.state.worker = PermitWorker(settings.concurrency)
    _running["app"] = app
    log.info("permit app for %s", region)
    return app
