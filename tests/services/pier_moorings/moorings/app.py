"""The process's start-up: settings, the harbour client in the context, the poller."""

from __future__ import annotations

import logging

from .harbour import HarbourClient, use_harbour
from .poller import MarinaPoller
from .settings import MarinaSettings

log = logging.getLogger(__name__)


def launch_marina(region: str) -> MarinaPoller:
    """Runs before the event loop starts: every task made later copies this context."""
    settings = MarinaSettings.from_env(region)
    use_harbour(HarbourClient(settings.region))
    log.info("monitoring %d buoys in %s", len(settings.buoy_ids), settings.region)
    return MarinaPoller(settings)
