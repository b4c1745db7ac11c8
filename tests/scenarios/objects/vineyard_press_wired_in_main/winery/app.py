"""Wiring: the winery worker's main()."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .cellar import CellarGateway
from .press import PressClient, open_press_container
from .repo import HarvestRepository
from .room import VineyardRoom
from .services import FermentationService, HarvestCoordinator, PressCredentialRotator
from .settings import WinerySettings
from .weather import WeatherFeed


async def build_vineyard_room(env: Mapping[str, str]) -> VineyardRoom:
    settings = WinerySettings.from_env(env)
    repo = HarvestRepository(await stowage.connect_async(settings.dsn))
    press = PressClient(open_press_container(settings))
    gateway = CellarGateway(press)
    coordinator = HarvestCoordinator(
        gateway,
        FermentationService(gateway, repo),
        PressCredentialRotator(press, kvbox.AsyncCache(settings.cache_url)),
        repo,
    )
    return VineyardRoom(coordinator, WeatherFeed(settings.weather_url))
