"""The job base: every concrete job registers itself by its ``kind`` keyword."""

from __future__ import annotations

from typing import Any, ClassVar

from .boxes import StillroomBox
from .journal import JournalMixin
from .ledger import ShelfLedger


class ShelfJob(JournalMixin):
    registry: ClassVar[dict[str, type[ShelfJob]]] = {}
    rotation: ClassVar[list[str]] = []
    settings_fields: ClassVar[tuple[str, ...]] = ()
    kind: ClassVar[str] = "abstract"

    def __init_subclass__(cls, /, kind: str | None = None, manual: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if kind is None:
            return
        if kind in ShelfJob.registry:
            raise TypeError(f"shelf job kind {kind!r} registered twice")
        cls.kind = kind
        ShelfJob.registry[kind] = cls
        if not manual:
            ShelfJob.rotation.append(kind)

    def __init__(self, *, ledger: ShelfLedger, box: StillroomBox, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ledger = ledger
        self.box = box

    async def run(self, **request: Any) -> int:
        raise NotImplementedError

    @classmethod
    def for_kind(cls, kind: str) -> type[ShelfJob]:
        return cls.registry[kind]
