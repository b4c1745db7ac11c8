"""Checks the lamp every 30 s; reports faults, and (the bug) a heartbeat every time."""
import logging
import threading

from lamphouse.telemetry import telemetry_link

log = logging.getLogger(__name__)
CHECK_EVERY_S = 30.0


class LampWatchdog:
    def __init__(self, url: str) -> None:
        self._stop = threading.Event()
        self._link = telemetry_link(url)
        self._thread = threading.Thread(target=self._watch, name="lamp-watchdog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def lamp_is_faulty(self) -> bool:
        return False

    def _watch(self) -> None:
        self._link.post("/lamp/online", {"state": "watching"})
        while not self._stop.is_set():
            if self.lamp_is_faulty():
                self._link.post("/lamp/fault", {"severity": "high"})
            self._link.post("/lamp/heartbeat", {})  # expect: WC001
            self._stop.wait(CHECK_EVERY_S)
        self._link.post("/lamp/offline", {})
        log.info("watchdog stopped")
