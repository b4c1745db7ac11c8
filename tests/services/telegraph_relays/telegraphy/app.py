"""Start-up: ``build_relay_station`` wires the thread; ``main`` starts it and waits."""

from __future__ import annotations

import logging
import os
import signal
import threading

import kvbox
import stowage

from . import duties
from .keying import RelayLine
from .ledger import TelegraphLedger
from .settings import RelaySettings
from .station import RelayStationThread

log = logging.getLogger(__name__)


def build_relay_station(station: str) -> RelayStationThread:
    settings = RelaySettings.from_env(station)
    ledger = TelegraphLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.station)
    line = RelayLine.from_settings(settings)
    log.info("relay station %s built with duties %s (%d registered)", station, ", ".join(settings.duties), len(duties.__all__))
    return RelayStationThread(settings, line, ledger)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    station = build_relay_station(os.environ.get("TELEGRAPH_STATION", "fort-kearny"))
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: done.set())
    station.start()
    done.wait()
    station.halt()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
