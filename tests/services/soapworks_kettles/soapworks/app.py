"""The application factory: settings in ``app.config``, everything else in ``app.services``."""

from __future__ import annotations

import logging
import types
from dataclasses import dataclass
from typing import Any

import kvbox
import stowage

from .kettlebox import fire_up_kettle_box
from .repository import BatchRepository, LyeStockRepository
from .settings import load_kettle_config

log = logging.getLogger(__name__)


@dataclass
class App:
    config: dict[str, Any]
    services: types.SimpleNamespace


def create_app(site: str) -> App:
    config = load_kettle_config(site)
    db = stowage.connect(config["dsn"])
    cache = kvbox.Cache(config["cache_url"])
    services = types.SimpleNamespace(
        batches=BatchRepository(db, cache, config["site"]),
        lye=LyeStockRepository(db, cache),
        kettles=fire_up_kettle_box(config["controller_pool"]),
    )
    log.info("soapworks app for %s", site)
    return App(config=config, services=services)
