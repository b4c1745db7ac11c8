"""The cabins on the line and their sensors: an async iterator of cabins, an async generator of readings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass

import sensorlink

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SensorReading:
    cabin_id: str
    channel: str
    value: float


class CabinSensor:
    def __init__(self, hub: sensorlink.SensorHub, cabin_id: str, channels: tuple[str, ...],
                 timeout_s: float) -> None:
        self._hub = hub
        self.cabin_id = cabin_id
        self._channels = channels
        self._timeout_s = timeout_s

    async def stream(self) -> AsyncIterator[SensorReading]:
        for channel in self._channels:
            try:
                value = await asyncio.wait_for(self._hub.poll(f"{self.cabin_id}/{channel}"), timeout=self._timeout_s)
            except asyncio.TimeoutError:
                log.warning("no %s reading from %s; skipped", channel, self.cabin_id)
                continue
            yield SensorReading(self.cabin_id, channel, value)


@dataclass
class Cabin:
    cabin_id: str
    sensor: CabinSensor


class Fleet:
    """The cabins named, one at a time, each with a sensor on the given channels."""

    def __init__(self, hub: sensorlink.SensorHub, cabin_ids: Iterable[str], channels: tuple[str, ...],
                 timeout_s: float) -> None:
        self._hub = hub
        self._pending = list(cabin_ids)
        self._channels = channels
        self._timeout_s = timeout_s

    def __aiter__(self) -> Fleet:
        return self

    async def __anext__(self) -> Cabin:
        if not self._pending:
            raise StopAsyncIteration
        cabin_id = self._pending.pop(0)
        await asyncio.sleep(0)
        return Cabin(cabin_id, CabinSensor(self._hub, cabin_id, self._channels, self._timeout_s))
