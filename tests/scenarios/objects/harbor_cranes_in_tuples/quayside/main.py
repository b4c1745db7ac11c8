"""Start-up of the terminal worker."""

from __future__ import annotations

import kvbox
import stowage

from .poller import CraneYardPoller
from .repo import TerminalRepository
from .settings import TerminalSettings


def main() -> CraneYardPoller:
    settings = TerminalSettings.from_env()
    return CraneYardPoller(settings, TerminalRepository(stowage.connect(settings.dsn)), kvbox.Cache(settings.cache_url))
