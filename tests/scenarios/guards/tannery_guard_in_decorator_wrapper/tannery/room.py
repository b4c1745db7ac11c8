"""The tannery's room: its alarm runs every five minutes."""

from __future__ import annotations

import logging

import kvbox

from .decorators import audited, gated_by, requires_hides, timed
from .steps import read_ph, top_up_tannin, unload
from .vats import VatBook, VatContext, effluent_permit_renewal_due

log = logging.getLogger(__name__)


class TanneryRoom:
    def __init__(self, context: VatContext, cache: kvbox.AsyncCache) -> None:
        self.context = context
        self.book: VatBook = context.book
        self.cache = cache

    @timed
    @requires_hides
    async def rotate_drum(self) -> None:
        await self.context.controller.fetch("/drum/rotate", method="POST")

    @requires_hides
    async def dose_chrome(self, grams: int) -> None:
        await self.context.controller.fetch("/chrome/dose", method="POST", json={"g": grams})

    @audited
    async def flush_lines(self) -> None:
        await self.context.controller.fetch("/lines/flush", method="POST")  # expect: WC001

    @gated_by(effluent_permit_renewal_due)
    async def file_effluent_report(self) -> None:
        await self.context.controller.fetch("/effluent/report", method="POST")  # expect: WC002

    async def alarm(self) -> None:
        await read_ph(self.context)
        await self.rotate_drum()
        await self.dose_chrome(120)
        await top_up_tannin(self.context, 40)
        await self.flush_lines()
        for drum in await self.book.drums_to_unload():
            await unload(self.context, drum.drum_id)
        await self.file_effluent_report()
