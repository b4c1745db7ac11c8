"""The snow-melt pumps: an async sweep over the configured pumps."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .ledger import BunkLedger
from .radio import hut_mast

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PumpReading:
    pump_id: str
    intake_frozen: bool


class MeltPumpSweep:
    """Reads each pump's intake in turn; ``async for`` over it."""

    def __init__(self, ledger: BunkLedger, pump_ids: tuple[str, ...]) -> None:
        self._ledger = ledger
        self._pending = list(pump_ids)

    def __aiter__(self) -> MeltPumpSweep:
        return self

    async def __anext__(self) -> PumpReading:
        if not self._pending:
            raise StopAsyncIteration
        pump_id = self._pending.pop(0)
        frozen = await self._ledger.pump_intake_frozen(pump_id)
        return PumpReading(pump_id, frozen)


class MeltPumpTender:
    def __init__(self, ledger: BunkLedger, pump_ids: tuple[str, ...]) -> None:
        self._ledger = ledger
        self._pump_ids = pump_ids

    async def tend(self) -> int:
        mast = hut_mast()
        thawed = 0
        async for reading in MeltPumpSweep(self._ledger, self._pump_ids):
            if reading.intake_frozen:
                await mast.thaw_pump(reading.pump_id)
                thawed += 1
        log.info("%d of %d melt pumps thawed", thawed, len(self._pump_ids))
        return thawed

    async def drain_for_winter(self) -> None:
        mast = hut_mast()
        for pump_id in self._pump_ids:
            await mast.drain_pump(pump_id)
