"""Start-up: settings, the mold store chosen by name, the crucible link and the order feed."""

from __future__ import annotations

import logging

import queuebus

from .crucible import CrucibleLink
from .poller import MoldPoller
from .settings import FoundrySettings
from .storage import open_mold_store

log = logging.getLogger(__name__)


async def start_foundry(site: str) -> MoldPoller:
    settings = FoundrySettings.from_env(site)
    store = open_mold_store(settings)
    link = CrucibleLink(settings.site)
    orders = queuebus.AsyncSubscriber(settings.order_topic)
    poller = MoldPoller(settings, store, link, orders)
    log.debug("mold poller for %s with %d handlers", site, len(poller.handlers))
    return poller
