"""The ASGI app's lifespan start-up, then the toll poller's one-minute tick.

In production the lifespan starts ``toll_poller(app)`` with ``asyncio.create_task``;
here the deployment's scheduler runs the tick body instead (the embedded poller off),
so each tick is one ``poll_tolls_once(app)``.
"""

import functools

from ferrylight.main import app
from ferrylight.poller import poll_tolls_once
from ferrylight.settings import get_settings


def run(host):
    get_settings().embedded_poller = False
    host.start(app.startup)

    @functools.wraps(poll_tolls_once)
    def tick():
        return poll_tolls_once(app)

    host.ticks(tick)
