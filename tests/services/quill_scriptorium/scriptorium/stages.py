"""Stages an ink batch goes through."""

from __future__ import annotations

from enum import Enum


class InkStage(Enum):
    MIXING = "mixing"
    CURING = "curing"
    SETTLED = "settled"
    SPOILED = "spoiled"

    def is_terminal(self) -> bool:
        return self in (InkStage.SETTLED, InkStage.SPOILED)

    def stirring_vigour(self) -> str:
        return "brisk" if self is InkStage.MIXING else "gentle"

    @classmethod
    def observe(cls, *, curing: bool, spoiled_batches: int = 0) -> InkStage:
        if spoiled_batches > 0:
            return cls.SPOILED
        return cls.CURING if curing else cls.SETTLED
