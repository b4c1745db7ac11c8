"""The stages of a press tick."""

from __future__ import annotations

import enum
from collections.abc import Callable


class PressStage(enum.Enum):
    REISSUE_ALMANAC = "reissue_almanac"
    OPEN_FORME = "open_forme"
    RECAST_FROST_TABLES = "recast_frost_tables"
    INK_PLATES = "ink_plates"
    PULL_PROOFS = "pull_proofs"
    CLOSE_FORME = "close_forme"
    DONE = "done"


StageHandler = Callable[[], PressStage]
