import os

from .app import SaddleryApp
from .bench import summon_bench
from .poller import OrderPoller


def wire_bench(app: SaddleryApp) -> None:
    app["client"] = summon_bench(os.environ.get("SADDLERY_SITE", "north"))
    if os.environ.get("SADDLERY_NOTIFY") == "1":
        app["notifier"] = app["client"]


def wire_poller(app: SaddleryApp) -> None:
    app["poller"] = OrderPoller(app)


def create_app() -> SaddleryApp:
    app = SaddleryApp()
    app.on_startup.append(wire_bench)
    app.on_startup.append(wire_poller)
    app.startup()
    return app
