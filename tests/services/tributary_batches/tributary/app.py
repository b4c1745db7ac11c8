"""main(): settings, ledger, writer, handlers, pipeline."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .ledger import BatchLedger
from .pipeline import TributaryPipeline
from .settings import TributarySettings
from .stages import StageContext, install_stage_handlers
from .writers import make_writer

log = logging.getLogger(__name__)


def boot_tributary() -> TributaryPipeline:
    settings = TributarySettings.load()
    ledger = BatchLedger(stowage.connect(settings.dsn))
    handlers = install_stage_handlers()
    pipeline = TributaryPipeline(
        settings,
        ledger,
        make_writer(settings),
        StageContext(settings.region),
        kvbox.Cache(settings.cache_url),
        handlers,
    )
    log.info("tributary pipeline booted in %s", settings.region)
    return pipeline
