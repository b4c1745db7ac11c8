"""The application object and its lifespan."""
import asyncio
import contextlib
import logging
import types

from dockyard.poller import run_poller

log = logging.getLogger(__name__)


class CraneBox:
    async def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the crane container")


def charter_crane_box(yard):
    return CraneBox()


class DockyardApp:
    def __init__(self, lifespan):
        self.state = types.SimpleNamespace()
        self._lifespan = lifespan

    async def startup(self):
        stack = contextlib.AsyncExitStack()
        await stack.enter_async_context(self._lifespan(self))
        self._stack = stack


@contextlib.asynccontextmanager
async def lifespan(app):
    app.state.box = charter_crane_box("north-quay")
    app.state.berths = {}
    task = asyncio.create_task(run_poller(app))
    log.info("dockyard up")
    try:
        yield
    finally:
        task.cancel()


def create_app():
    return DockyardApp(lifespan)
