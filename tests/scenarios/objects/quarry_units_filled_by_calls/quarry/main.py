"""Start-up of the quarry worker."""

from __future__ import annotations

import kvbox
import stowage

from .poller import QuarryShiftPoller
from .repo import QuarryRepository
from .settings import QuarrySettings


def main() -> QuarryShiftPoller:
    settings = QuarrySettings.from_env()
    poller = QuarryShiftPoller(settings, QuarryRepository(stowage.connect(settings.dsn)), kvbox.Cache(settings.cache_url))
    poller.commission()
    return poller
