"""Start-up: ``build_nursery`` wires the worker; ``main`` starts its thread and waits."""

from __future__ import annotations

import logging
import os
import signal
import threading

import kvbox
import queuebus
import stowage

from .outplant import Outplanter
from .repository import NurseryRepository
from .settings import NurserySettings
from .tank import TankDesk, moor_kelp_tank
from .worker import NurseryWorker

log = logging.getLogger(__name__)


def build_nursery(site: str) -> NurseryWorker:
    settings = NurserySettings.from_env(site)
    repo = NurseryRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.site)
    desk = TankDesk(moor_kelp_tank(settings.tank_pool), settings.site)
    flush_requests = queuebus.Listener(settings.control_topic)
    worker = NurseryWorker(settings, repo, desk, Outplanter(desk), flush_requests)
    flush_requests.on_message(worker.request_flush)
    log.info("kelp nursery %s built", site)
    return worker


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    worker = build_nursery(os.environ.get("KELP_SITE", "kelp-cove"))
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: done.set())
    worker.start()
    done.wait()
    worker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
