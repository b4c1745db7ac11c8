"""Start-up of the funicular worker."""

from __future__ import annotations

import kvbox
import stowage

from .cars import CarChecks, WinterCarChecks, open_car_controller
from .poller import FunicularPoller
from .settings import FunicularSettings
from .timetable import Timetable


def main() -> FunicularPoller:
    settings = FunicularSettings.from_env()
    car = open_car_controller(settings, "car-1")
    checks = WinterCarChecks(car) if settings.winter_service else CarChecks(car)
    return FunicularPoller(checks, open_car_controller(settings, "upper-station"),
                           Timetable(stowage.connect(settings.dsn)), kvbox.Cache(settings.cache_url))
