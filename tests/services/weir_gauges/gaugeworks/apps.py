"""Start-up: settings, connections, the receivers' link, and the receivers themselves."""

from __future__ import annotations

import logging

from . import conf, db
from .hydro import hydrograph

log = logging.getLogger(__name__)


class GaugeworksConfig:
    name = "gaugeworks"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects the signal receivers)


def setup(basin: str) -> conf.WeirSettings:
    settings = conf.configure(basin)
    db.open_connection(settings.dsn)
    db.open_cache(settings.cache_url)
    hydrograph.configure(settings.hydro_pool)
    GaugeworksConfig().ready()
    log.info("gaugeworks for the %s basin", basin)
    return settings
