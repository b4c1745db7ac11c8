import logging
from datetime import timedelta

from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator

from .cloud import mister_cloud

_LOGGER = logging.getLogger(__name__)
SCAN_INTERVAL = timedelta(minutes=2)


class MisterHub:
    def __init__(self, hass) -> None:
        self.hass = hass
        self.cloud = mister_cloud()

    def misting_scheduled(self) -> bool:
        return False

    async def _async_poll_nozzles(self, now=None) -> None:
        status = await self.cloud.nozzle_status()  # expect: WC001
        _LOGGER.debug("nozzles %s", status)

    async def _async_run_cycle(self, now=None) -> None:
        if self.misting_scheduled():
            await self.cloud.start_cycle()

    async def _async_fetch_humidity(self) -> dict:
        return await self.cloud.nozzle_status()  # expect: WC001

    async def async_setup(self) -> None:
        async_track_time_interval(self.hass, self._async_poll_nozzles, SCAN_INTERVAL)
        async_track_time_interval(self.hass, self._async_run_cycle, timedelta(seconds=45))
        self.coordinator = DataUpdateCoordinator(self.hass, _LOGGER, name="humidity",
                                                 update_method=self._async_fetch_humidity,
                                                 update_interval=timedelta(minutes=5))
