"""Start-up: build the services and put them in the registry."""

from __future__ import annotations

import logging

import kvbox
import stowage

import quarry.adapters.gateway as gw

from ..adapters import FragGateway, ReportOutbox
from ..core import FragCaps, register
from ..core.ledger import BlastLedger
from ..settings import QuarrySettings

log = logging.getLogger(__name__)


def init(site: str) -> None:
    settings = QuarrySettings.from_env(site)
    register("settings", settings)
    db = stowage.connect(settings.dsn)
    register("ledger", BlastLedger(db, kvbox.Cache(settings.cache_url), settings.site))
    caps = FragCaps.for_site(settings.dust_monitor)
    register("gateway", FragGateway(site=settings.site, box=gw.open_frag_link(settings.site), caps=caps))
    register("outbox", ReportOutbox(db, settings.site))
    log.info("quarry %s ready with %r", site, caps)
