"""Radio check-ins: a queue filled by a producer and drained by radio operators in one round."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Protocol

from .ledger import BunkBooking, BunkLedger
from .radio import HutRadioMast, current_hut, hut_mast

log = logging.getLogger(__name__)


class RadioCall(Protocol):
    async def send(self, mast: HutRadioMast, ledger: BunkLedger) -> None: ...


@dataclass(frozen=True)
class RadioCheckIn:
    hut: str
    sequence: int

    async def send(self, mast: HutRadioMast, ledger: BunkLedger) -> None:
        await mast.transmit("checkin", hut=self.hut, sequence=self.sequence)
        await ledger.record_checkin(self.sequence)


@dataclass(frozen=True)
class BookingConfirmation:
    booking: BunkBooking

    async def send(self, mast: HutRadioMast, ledger: BunkLedger) -> None:
        await mast.transmit("bookings", booking=self.booking.booking_id, bunks=self.booking.bunks)
        await ledger.mark_confirmed(self.booking.booking_id)


class CheckInRelay:
    def __init__(self, ledger: BunkLedger, operators: int) -> None:
        self._ledger = ledger
        self._operators = max(1, operators)

    async def run(self, sequence: int) -> None:
        queue: asyncio.Queue[RadioCall | None] = asyncio.Queue()
        async with asyncio.TaskGroup() as group:
            group.create_task(self._fill(queue, sequence))
            for _ in range(self._operators):
                group.create_task(self._operate(queue))
        log.debug("check-in round %d done", sequence)

    async def _fill(self, queue: asyncio.Queue[RadioCall | None], sequence: int) -> None:
        await queue.put(RadioCheckIn(current_hut.get().name, sequence))
        for booking in await self._ledger.unconfirmed_bunk_bookings():
            await queue.put(BookingConfirmation(booking))
        for _ in range(self._operators):
            await queue.put(None)

    async def _operate(self, queue: asyncio.Queue[RadioCall | None]) -> None:
        mast = hut_mast()
        while (call := await queue.get()) is not None:
            try:
                await call.send(mast, self._ledger)
            finally:
                queue.task_done()
        queue.task_done()
