"""The extraction house's services: the centrifuge line, the drum scale, the quality desk."""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterator

import kvbox
import stowage

from .boxes import CentrifugeBox
from .records import SpinReport, UncappedFrame
from .repository import DrumRepository, FrameRepository
from .settings import ExtractionSettings

log = logging.getLogger(__name__)


class CentrifugeFault(Exception):
    """The centrifuge refused a spin."""


def iter_uncapped_frames(frames: FrameRepository) -> Iterator[UncappedFrame]:
    """Every uncapped frame, page after page, until a page has no next cursor."""
    page = frames.page()
    yield from page.items
    cursor = page.next_cursor
    while cursor is not None:
        page = frames.page(cursor)
        yield from page.items
        cursor = page.next_cursor


class CentrifugeLine:
    def __init__(self, box: CentrifugeBox, frames: FrameRepository, settings: ExtractionSettings) -> None:
        self.box = box
        self.frames = frames
        self.settings = settings

    def next_batch(self) -> list[UncappedFrame]:
        return list(itertools.islice(iter_uncapped_frames(self.frames), self.settings.batch_limit))

    def extract(self, batch: list[UncappedFrame]) -> SpinReport | None:
        if not batch:
            log.debug("no uncapped frames on the racks")
            return None
        return self._spin_batch(batch)

    def _spin_batch(self, batch: list[UncappedFrame]) -> SpinReport:
        kinds = Counter(frame.kind for frame in batch)
        [(programme, count)] = kinds.most_common(1)
        log.info("spinning %d frames, mostly %s (%d)", len(batch), programme, count)
        pairs = [(frame.frame_id, frame.weight_g) for frame in batch]
        frame_ids, weights = zip(*pairs)
        report = SpinReport(programme, frame_ids, min(sum(weights), self.settings.max_load_g))
        self.box.load_baskets(list(frame_ids))
        try:
            reply = self.box.spin(programme, report.load_g)
            if not reply.ok:
                raise CentrifugeFault(f"spin of {programme} refused")
        finally:
            self.box.brake_rotor()
            report.braked = True
        try:
            self.frames.mark_extracted(frame_ids)
        except stowage.StowageError:
            report.notes.append("frames not marked; the next round spins them again")
            log.warning("could not mark %d frames extracted", len(frame_ids))
        return report


class DrumScale:
    def __init__(self, box: CentrifugeBox, drums: DrumRepository) -> None:
        self.box = box
        self.drums = drums

    def weigh_waiting(self) -> int:
        weighed = 0
        for drum in self.drums.drums_awaiting_weight():
            reply = self.box.weigh_drum(drum.drum_id)
            if not reply.ok:
                log.warning("drum %s not weighed", drum.drum_id)
                continue
            try:
                self.drums.record_weighing(drum.drum_id)
            except stowage.StowageError:
                log.warning("weighing of drum %s not recorded", drum.drum_id)
                continue
            weighed += 1
        return weighed


class QualityDesk:
    def __init__(self, cache: kvbox.Cache) -> None:
        self.cache = cache

    def moisture_audit_due(self) -> bool:
        return self.cache.get("honeyhouse:moisture-audit") is not None
