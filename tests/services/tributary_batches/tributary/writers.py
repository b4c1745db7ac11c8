"""Batch writers: the output format is a deployment setting."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from .settings import TributarySettings
from .workers import TributaryWorker, get_tributary_worker


class BatchWriter(Protocol):
    def heartbeat(self) -> None: ...

    def write_batch(self, count: int) -> None: ...


@dataclass
class ParquetWriter:
    region: str
    row_group: int = 128
    columns: list[str] = field(default_factory=list)
    worker: TributaryWorker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.worker = get_tributary_worker(self.region)

    def heartbeat(self) -> None:
        self.worker.post("/writers/parquet/heartbeat", {"row_group": self.row_group})

    def write_batch(self, count: int) -> None:
        self.worker.post("/writers/parquet/batches", {"rows": count, "columns": self.columns})


class CsvWriter:
    def __init__(self, region: str, delimiter: str = ",") -> None:
        self.region = region
        self.delimiter = delimiter

    @cached_property
    def worker(self) -> TributaryWorker:
        return get_tributary_worker(self.region)

    def heartbeat(self) -> None:
        self.worker.get("/writers/csv/heartbeat")

    def write_batch(self, count: int) -> None:
        self.worker.post("/writers/csv/batches", {"rows": count, "delimiter": self.delimiter})


def make_writer(settings: TributarySettings) -> BatchWriter:
    return ParquetWriter(settings.region) if settings.columnar else CsvWriter(settings.region)
