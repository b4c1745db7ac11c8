"""A thread that samples the bog's moisture and records every sample, whether or not any cutting is on."""
import asyncio
import logging
import threading
import time

from peatbog import settings
from peatbog.store import bog_pool

log = logging.getLogger(__name__)


class MoistureWatchdog:
    def __init__(self, sensors):
        self.sensors = sensors
        self.stopped = False
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self):
        self._thread.start()

    def _watch(self):
        while not self.stopped:
            readings = [sensor.read() for sensor in self.sensors]
            log.debug("moisture %s", readings)
            asyncio.run(record_moisture(readings))
            time.sleep(settings.MOISTURE_CHECK_SECONDS)


async def record_moisture(readings):
    await bog_pool().execute("INSERT INTO moisture (samples) VALUES ($1)", readings)  # expect: WC001
