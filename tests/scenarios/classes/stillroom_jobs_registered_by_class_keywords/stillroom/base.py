from __future__ import annotations

import logging
from typing import Any, ClassVar

from .boxes import StillBox

log = logging.getLogger(__name__)


class ShelfJob:
    registry: ClassVar[dict[str, type[ShelfJob]]] = {}
    rotation: ClassVar[list[str]] = []
    kind: ClassVar[str] = ""

    def __init_subclass__(cls, /, kind: str, manual: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        ShelfJob.registry[kind] = cls
        if not manual:
            ShelfJob.rotation.append(kind)

    def __init__(self, box: StillBox) -> None:
        self.box = box

    def run(self) -> None:
        log.debug("job %s", self.kind)
