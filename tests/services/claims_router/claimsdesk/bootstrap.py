from __future__ import annotations

from collections.abc import Mapping

import kvbox
import queuebus
import stowage

from .boxes import lease_adjudication_box
from .poller import ClaimsPoller
from .repository import ClaimsRepository
from .settings import ClaimsSettings


def build_poller(env: Mapping[str, str]) -> ClaimsPoller:
    settings = ClaimsSettings.from_env(env)
    repo = ClaimsRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    box = lease_adjudication_box(settings.adjudicator_image)
    return ClaimsPoller(settings, repo, box, queuebus.Subscriber(settings.intake_topic))
