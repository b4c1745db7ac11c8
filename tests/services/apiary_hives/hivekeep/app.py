"""Start-up: ``build_hivekeep`` wires the worker; ``main`` starts its thread and waits."""

from __future__ import annotations

import logging
import os
import signal
import threading

import kvbox
import queuebus
import stowage

from .broodbox import summon_brood_box
from .desk import ScaleDesk
from .repository import HiveRepository
from .settings import HiveKeepSettings
from .worker import HiveKeeperWorker

logger = logging.getLogger(__name__)


def build_hivekeep(yard: str) -> HiveKeeperWorker:
    settings = HiveKeepSettings.from_env(yard)
    repo = HiveRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.yard)
    desk = ScaleDesk(summon_brood_box(settings.box_pool), settings.yard)
    reports = queuebus.Subscriber(settings.report_topic)
    logger.info("hive keeper for %s built", yard)
    return HiveKeeperWorker(settings, repo, desk, reports)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    worker = build_hivekeep(os.environ.get("HIVEKEEP_YARD", "north-meadow"))
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: done.set())
    worker.start()
    done.wait()
    worker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
