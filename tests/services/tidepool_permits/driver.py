"""The ASGI app's start-up (``create_app``), then the background worker's five-minute tick."""

from tidepools.app import create_app


def run(host):
    app = host.start(create_app, "monterey")
    host.ticks(app.state.worker.tick)
