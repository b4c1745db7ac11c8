"""The yard both jobs share: the noticeboard dict, the horse files, the client."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from .boxes import YardClient, yard_client
from .horses import HorseFile, HorseRoster
from .repository import StableRepository
from .settings import StableSettings

log = logging.getLogger(__name__)

# What one job leaves for the other, by topic; the scheduler runs the jobs on two threads.
YARD_BOARD: dict[str, Any] = {}


@dataclass(frozen=True)
class RoundsSummary:
    site: str
    horses_shod: int
    farrier: str


@dataclass(frozen=True)
class WormingRound:
    site: str
    paste: str


class StableYard:
    def __init__(self, settings: StableSettings, repo: StableRepository) -> None:
        self.settings = settings
        self.repo = repo
        self.horses = HorseRoster()
        self._lock = threading.Lock()

    def client(self) -> YardClient:
        return yard_client(self.settings.site)

    def pin(self, topic: str, note: Any) -> None:
        with self._lock:
            YARD_BOARD[topic] = note

    def peek(self, topic: str) -> Any:
        with self._lock:
            return YARD_BOARD.get(topic)

    def take(self, topic: str) -> Any:
        with self._lock:
            return YARD_BOARD.pop(topic, None)

    def horse_file(self, name: str) -> HorseFile:
        with self._lock:
            return self.horses[name]

    def horse_files(self) -> list[HorseFile]:
        with self._lock:
            return list(self.horses.values())
