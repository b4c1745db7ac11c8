"""The yard's start-up: settings, the repository, one shared yard, both jobs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .farrier import FarrierRounds
from .muckout import MuckOutBoard
from .repository import StableRepository
from .settings import StableSettings
from .yard import StableYard

log = logging.getLogger(__name__)


@dataclass
class Stables:
    yard: StableYard
    farrier_rounds: FarrierRounds
    muck_out_board: MuckOutBoard


def open_stables(site: str) -> Stables:
    settings = StableSettings.from_env(site)
    repo = StableRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.site)
    yard = StableYard(settings, repo)
    log.info("stables %s open", site)
    return Stables(yard, FarrierRounds(yard), MuckOutBoard(yard))
