"""The studio's object graph: a studio of benches, each with its tool."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .cabinets import PreparationCabinet, summon_preparation_cabinet
from .ledger import SpecimenLedger
from .settings import BenchSpec

log = logging.getLogger(__name__)


class StudioError(Exception):
    """The studio has no such bench."""


@dataclass
class Tool:
    kind: str
    client: PreparationCabinet
    fresh: bool = False


class Bench:
    def __init__(self, spec: BenchSpec, tool: Tool, ledger: SpecimenLedger) -> None:
        self.spec = spec
        self.tool = tool
        self._ledger = ledger

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def busy(self) -> bool:
        return self._ledger.hide_still_curing(self.spec.name)


class Studio:
    def __init__(self, wing: str) -> None:
        self.wing = wing
        self.benches: list[Bench] = []

    def add_bench(self, bench: Bench) -> None:
        self.benches.append(bench)
        log.debug("bench %s with a %s", bench.name, bench.tool.kind)

    def index_of(self, bench_name: str) -> int:
        for i, bench in enumerate(self.benches):
            if bench.name == bench_name:
                return i
        raise StudioError(f"no {bench_name} bench in {self.wing}")

    def replace_tool(self, index: int) -> None:
        """Retire bench ``index``'s tool and stand a fresh one of the same kind in its place."""
        bench = self.benches[index]
        kind = bench.tool.kind
        bench.tool.client.fetch("/power", method="DELETE")
        bench.tool = Tool(kind, summon_preparation_cabinet(kind, self.wing), fresh=True)
        log.warning("replaced the %s on the %s bench", kind, bench.name)
