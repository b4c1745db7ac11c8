from __future__ import annotations

import logging
from collections.abc import Mapping

import kvbox
import stowage

from .classifier import rent_classifier_box
from .poller import ModerationPoller
from .queue import ModerationContext, ReviewQueue
from .settings import ModerationSettings

log = logging.getLogger(__name__)


async def create_poller(env: Mapping[str, str]) -> ModerationPoller:
    settings = ModerationSettings.from_env(env)
    queue = ReviewQueue(await stowage.connect_async(settings.dsn))
    box = rent_classifier_box(settings.classifier_image)
    log.info("classifier %s", box.model_card())
    return ModerationPoller(ModerationContext(settings, queue, kvbox.AsyncCache(settings.cache_url), box))
