"""Work items passed down the pipelines; each carries the twister that will do the work."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from .ledger import HempBale, SpliceOrder


@dataclass
class SpinItem:
    bale: HempBale
    box: Any


@dataclass
class WalkProbe:
    kind: str
    box: Any


@dataclass
class SpliceJob:
    order: SpliceOrder
    box: Any


@dataclass
class TarDipJob:
    strand_count: int
    box: Any


CordJob = Union[SpliceJob, TarDipJob]
