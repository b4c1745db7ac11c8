"""The worker's start-up: settings, services, task discovery, and the beat."""

from __future__ import annotations

import logging

import kvbox
import stowage

from . import settings
from .beat import TanneryBeat
from .console import VatConsole
from .repo import VatRepository
from .schedule import BEAT_SCHEDULE
from .services import TanneryServices, install
from .taskapp import app

log = logging.getLogger(__name__)


def boot(site: str | None = None) -> TanneryBeat:
    site = site or settings.TANNERY_SITE
    cache = kvbox.Cache(settings.CACHE_URL)
    repo = VatRepository(stowage.connect(settings.DATABASE_URL), cache, site)
    install(TanneryServices(site=site, repo=repo, console=VatConsole(site), cache=cache))
    app.autodiscover()
    log.info("vat-house worker for %s: %s", site, ", ".join(sorted(app.tasks)))
    return TanneryBeat(app, BEAT_SCHEDULE)
