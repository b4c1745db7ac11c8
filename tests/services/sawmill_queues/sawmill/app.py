"""The mill's start-up: one shared state, handed to every component."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .buswatch import BusWatcher
from .feeder import KilnFeeder
from .poller import SawmillPoller
from .repo import LogYardRepository
from .saws import BandsawClient
from .settings import MillSettings
from .state import MillState
from .webhooks import YardWebhooks

log = logging.getLogger(__name__)


class SawmillApp:
    def __init__(self, webhooks: YardWebhooks, poller: SawmillPoller) -> None:
        self.webhooks = webhooks
        self.poller = poller


async def open_sawmill(yard: str) -> SawmillApp:
    settings = MillSettings.from_env(yard)
    db = await stowage.connect_async(settings.dsn)
    repo = LogYardRepository(db, kvbox.AsyncCache(settings.cache_url), settings.yard)
    state = MillState(settings.yard)
    webhooks = YardWebhooks(state, repo)
    poller = SawmillPoller(state, repo, KilnFeeder(state, repo), BusWatcher(state), BandsawClient(settings.saw_pool))
    log.info("sawmill %s open", yard)
    return SawmillApp(webhooks, poller)
