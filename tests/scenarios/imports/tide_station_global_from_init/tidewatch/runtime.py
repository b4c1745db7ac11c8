"""Process-wide state, set once by ``init`` when the worker starts."""

from __future__ import annotations

import logging

import stowage
import wirecall

from .readings import GaugeRepository
from .settings import TideSettings
from .stations import TideStationStub, open_tide_station

log = logging.getLogger(__name__)

_settings: TideSettings | None = None
_station: TideStationStub | None = None
_archive: TideStationStub | None = None
_repository: GaugeRepository | None = None
_public: wirecall.Client | None = None


def init(settings: TideSettings) -> None:
    global _settings, _station, _repository, _public
    _settings = settings
    _station = open_tide_station(settings)
    _repository = GaugeRepository(stowage.connect(settings.dsn))
    _public = wirecall.Client(settings.public_api)
    log.info("tidewatch runtime ready for %s", settings.harbour)


def shutdown() -> None:
    global _station, _archive
    _station = None
    _archive = None


def settings() -> TideSettings:
    if _settings is None:
        raise RuntimeError("tidewatch.runtime.init() was not called")
    return _settings


def station() -> TideStationStub:
    if _station is None:
        raise RuntimeError("tidewatch.runtime.init() was not called")
    return _station


def archive() -> TideStationStub:
    global _archive
    if _archive is None:
        _archive = open_tide_station(settings(), role="archive")
    return _archive


def repository() -> GaugeRepository:
    if _repository is None:
        raise RuntimeError("tidewatch.runtime.init() was not called")
    return _repository


def public_levels() -> wirecall.Client:
    if _public is None:
        raise RuntimeError("tidewatch.runtime.init() was not called")
    return _public
