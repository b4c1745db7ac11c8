"""Drawing sample filament from a basin for the serigraph."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .basins import CocoonBasin
from .breaks import BrokenFilamentError
from .ledger import raw_silk_grading_audit

log = logging.getLogger(__name__)


class FilamentSampler:
    def __init__(self, frame: Any, cache: kvbox.Cache) -> None:
        self.frame = frame
        self.cache = cache

    def draw_sample(self, basin: CocoonBasin) -> None:
        self.frame.fetch(f"/basins/{basin.number}/sample", method="POST")
        if raw_silk_grading_audit(self.cache):
            raise BrokenFilamentError(basin.number, "snapped under grading tension")
        log.debug("sample from basin %d within tension", basin.number)
