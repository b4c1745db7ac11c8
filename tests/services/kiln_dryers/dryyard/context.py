"""What every task and handler is given."""

from __future__ import annotations

from dataclasses import dataclass

from .console import KilnControllerBox
from .repository import KilnChargeRepository
from .settings import DryYardSettings


@dataclass
class YardContext:
    settings: DryYardSettings
    charges: KilnChargeRepository
    controller: KilnControllerBox
