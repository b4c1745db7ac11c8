"""What every command and handler gets: settings, repository, press."""

from __future__ import annotations

from dataclasses import dataclass

from .press import MosaicPress
from .repository import KioskRepository
from .settings import KioskSettings


@dataclass
class KioskContext:
    settings: KioskSettings
    repo: KioskRepository
    press: MosaicPress
    served: int = 0
