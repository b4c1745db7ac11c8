"""The web app's start-up (``create_saddlery_app`` then its ``on_startup`` hooks), then the poller's tick."""

from saddlery.app import create_saddlery_app


def run(host):
    app = host.start(create_saddlery_app, "cordoba")
    host.start(app.startup)
    host.ticks(app["poller"].poll_workshop)
