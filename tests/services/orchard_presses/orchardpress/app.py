"""Start-up: settings, ledger, bay service, plug-ins, worker; ``main`` starts the thread."""

from __future__ import annotations

import importlib
import logging
import signal
import threading

import kvbox
import stowage

from .hub import OrchardPressHub, PressContext
from .repository import OrchardPressLedger
from .services import PressBayService
from .settings import OrchardPressSettings
from .worker import PressHouseWorker

log = logging.getLogger(__name__)


def load_press_plugins(hub: OrchardPressHub, modules: tuple[str, ...]) -> OrchardPressHub:
    for module_name in modules:
        module = importlib.import_module(module_name)
        module.register(hub)
        hub.loaded.append(module_name)
        log.info("press plug-in %s loaded", module_name)
    return hub


def boot_press_house(orchard: str) -> PressHouseWorker:
    settings = OrchardPressSettings.from_env(orchard)
    ledger = OrchardPressLedger(stowage.connect(settings.dsn), settings.orchard)
    ctx = PressContext(settings, ledger, PressBayService(settings.press_bay), kvbox.Cache(settings.cache_url))
    hub = load_press_plugins(OrchardPressHub(), settings.plugins)
    return PressHouseWorker(hub, ctx)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    worker = boot_press_house("north-slope")
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: done.set())
    worker.start()
    done.wait()
    worker.halt()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
