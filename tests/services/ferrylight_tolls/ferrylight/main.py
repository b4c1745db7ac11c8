"""The ASGI application: ``uvicorn ferrylight.main:app``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import kvbox
import stowage

from .asgi import FerrylightApp
from .boxes import summon_ferrylight_plate_box
from .poller import toll_poller
from .routes import router
from .settings import get_settings

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def lifespan(app: FerrylightApp) -> AsyncIterator[None]:
    settings = get_settings()
    app.state.settings = settings
    app.state.config = settings.as_config()
    app.state.db = await stowage.connect_async(settings.dsn)
    app.state.cache = kvbox.AsyncCache(settings.cache_url)
    app.state.box = summon_ferrylight_plate_box(settings.recognizer_pool)
    poller = asyncio.create_task(toll_poller(app)) if settings.embedded_poller else None
    log.info("ferrylight tolls up in %s", settings.region)
    try:
        yield
    finally:
        if poller is not None:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
        await app.state.db.close()


def create_app() -> FerrylightApp:
    return FerrylightApp(router=router, lifespan=lifespan)


app = create_app()
