"""The bench: instruments under inspection and the ordered jobs of a round."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from .boxes import ClimateClient
from .ledger import Instrument

log = logging.getLogger(__name__)


class InstrumentOnBench:
    """An instrument in the white, with the client to book its inspection on."""

    def __init__(self, instrument: Instrument, client: ClimateClient) -> None:
        self.instrument = instrument
        self.client = client

    def inspect(self) -> str:
        self.client.box.post(f"/bench/{self.instrument.serial}/inspect", json={"kind": self.instrument.kind})
        return f"{self.instrument.kind} {self.instrument.serial} by {self.instrument.maker}"


@functools.total_ordering
@dataclass(eq=False)
class BenchJob:
    priority: int
    name: str
    action: Callable[[], object] = field(repr=False)

    def _key(self) -> tuple[int, str]:
        return (self.priority, self.name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BenchJob):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: BenchJob) -> bool:
        return self._key() < other._key()

    __hash__ = None  # type: ignore[assignment]

    def run(self) -> None:
        log.debug("bench job %s (priority %d)", self.name, self.priority)
        self.action()
