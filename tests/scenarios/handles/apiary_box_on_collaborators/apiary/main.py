"""Start-up: build the inspector and its collaborators, attach the gateway."""

from __future__ import annotations

import kvbox
import stowage

from .inspector import HiveInspector
from .readers import HiveScaleReader, HoneyLedger, SwarmWatcher
from .repo import HiveRepository
from .settings import ApiarySettings


def main() -> HiveInspector:
    settings = ApiarySettings.load()
    repo = HiveRepository(stowage.connect(settings.dsn))
    inspector = HiveInspector(settings, repo, HiveScaleReader(repo), SwarmWatcher(), HoneyLedger(),
                              kvbox.Cache(settings.cache_url))
    inspector.attach()
    return inspector
