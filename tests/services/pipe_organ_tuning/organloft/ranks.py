"""The rank base: every concrete rank registers itself under the stop it speaks on."""

from __future__ import annotations

import logging
from typing import Any

from .ledger import TuningLedger

log = logging.getLogger(__name__)


class UnknownStop(LookupError):
    """A settings stop names no rank this loft knows."""


REGISTRY: dict[str, type[Rank]] = {}


class Rank:
    stop: str = ""

    def __init_subclass__(cls, /, stop: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.stop = stop
        REGISTRY[stop] = cls
        log.debug("rank %s registered on stop %s", cls.__name__, stop)

    def __init__(self, chest: Any, ledger: TuningLedger) -> None:
        self.chest = chest
        self.ledger = ledger

    @classmethod
    def for_stop(cls, stop: str, chest: Any, ledger: TuningLedger) -> Rank:
        try:
            rank_cls = REGISTRY[stop]
        except KeyError:
            raise UnknownStop(stop) from None
        return rank_cls(chest, ledger)

    def tune(self) -> None:
        """Bring the rank's pipes to pitch; a rank with nothing to do does nothing."""
        log.debug("rank %s has nothing to tune", self.stop)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(stop={self.stop!r})"
