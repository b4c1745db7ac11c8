"""The vineyard's room: the platform runs its alarm every ten minutes."""

from __future__ import annotations

import logging

from .services import HarvestCoordinator
from .weather import WeatherFeed

log = logging.getLogger(__name__)


class VineyardRoom:
    def __init__(self, coordinator: HarvestCoordinator, weather: WeatherFeed) -> None:
        self.coordinator = coordinator
        self.weather = weather

    async def alarm(self) -> None:
        forecast = await self.weather.fetch("/forecast/today")
        if forecast.get("frost") == "yes":
            log.warning("frost expected: harvest crews on standby")
        await self.coordinator.run_cycle()
