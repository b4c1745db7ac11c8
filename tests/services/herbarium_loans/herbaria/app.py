"""The web app factory; the app is pushed on a stack that ``current_herbarium`` reads."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .ledger import LoanLedger
from .locator import HerbariumBus, HerbariumLocator
from .scanbox import get_scan_client
from .services import ScanNotifier, ThumbnailWarmer, wire_handlers
from .settings import HerbariumConfig

log = logging.getLogger(__name__)


class HerbariumApp:
    def __init__(self, config: HerbariumConfig) -> None:
        self.config = config
        self.extensions: dict[str, Any] = {}


_app_stack: list[HerbariumApp] = []


class _AppProxy:
    """Like ``flask.current_app``: forwards to the app on top of the stack."""

    def __getattr__(self, name: str) -> Any:
        if not _app_stack:
            raise AttributeError(f"{name}: no herbarium app is running")
        return getattr(_app_stack[-1], name)


current_herbarium: Any = _AppProxy()


def create_app(institution: str) -> HerbariumApp:
    config = HerbariumConfig.from_env(institution)
    app = HerbariumApp(config)
    locator = HerbariumLocator()
    locator.register("config", lambda loc: config)
    locator.register(
        "ledger",
        lambda loc: LoanLedger(stowage.connect(config.dsn), kvbox.Cache(config.cache_url), config.institution),
    )
    locator.register("notifier", lambda loc: ScanNotifier(get_scan_client("notices", config.scan_pool), config.institution))
    locator.register("warmer", ThumbnailWarmer)
    bus = HerbariumBus()
    app.extensions["locator"] = locator
    app.extensions["bus"] = bus
    wire_handlers(bus, locator, config)
    _app_stack.append(app)
    log.info("herbarium app for %s", institution)
    return app
