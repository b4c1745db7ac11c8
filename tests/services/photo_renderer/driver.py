"""Start-up as the render worker's main() does it, then the poll loop's ticks."""

from renderer.app import create_app


def run(host):
    app = host.start(create_app, {"RENDER_DSN": "postgres://render"})
    host.ticks(app.poller.tick)
