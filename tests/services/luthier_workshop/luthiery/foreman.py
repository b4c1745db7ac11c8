"""The varnish-room foreman: its round runs every ten minutes."""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass, field
from functools import cached_property, partial
from operator import methodcaller

import kvbox
import stowage

from .bench import BenchJob, InstrumentOnBench
from .boxes import ClimateClient
from .cabinets import DryingCabinet, UVDryingCabinet, build_cabinets
from .ledger import WorkshopError, WorkshopLedger
from .settings import WorkshopSettings

log = logging.getLogger(__name__)


@dataclass
class RoundReport:
    round_no: int
    inspected: list[str] = field(default_factory=list)
    jobs: list[str] = field(default_factory=list)


class VarnishRoomForeman:
    def __init__(self, settings: WorkshopSettings, ledger: WorkshopLedger, cabinets: list[DryingCabinet]) -> None:
        self.settings = settings
        self.ledger = ledger
        self.cabinets = cabinets
        self.round_no = 0
        self.pending_readings: list[tuple[str, float]] = []

    @cached_property
    def client(self) -> ClimateClient:
        log.info("climate client for %s", self.settings.workshop)
        return ClimateClient.for_workshop(self.settings.workshop)

    def bench_round(self) -> RoundReport:
        self.round_no += 1
        report = RoundReport(self.round_no)
        probes = [lambda c=c: self.check(c) for c in self.cabinets]
        finishers = [partial(self.ledger.note_round, self.round_no)]
        finishers += [partial(self.rotate_uv_lamp, c, self.settings.uv_minutes) for c in self.uv_cabinets()
                      if self.ledger.varnish_coat_curing(c.name)]
        bench = [InstrumentOnBench(i, self.client) for i in self.ledger.instruments_in_the_white()]
        report.inspected = list(map(methodcaller("inspect"), bench))
        for probe in probes:
            probe()
        for finish in finishers:
            try:
                finish()
            except WorkshopError:
                log.warning("round %d: a finisher failed; next round retries", self.round_no)
        jobs: list[BenchJob] = []
        if self.pending_readings:
            heapq.heappush(jobs, BenchJob(5, "hygrometer-log", self.flush_hygrometer_log))
        if self.ledger.winter_heating_season_began():
            heapq.heappush(jobs, BenchJob(0, "winter-setpoints", self.recalibrate_setpoints))
        while jobs:
            job = heapq.heappop(jobs)
            report.jobs.append(job.name)
            job.run()
        log.info("round %d: %d inspected, jobs %s", self.round_no, len(report.inspected), report.jobs)
        return report

    def uv_cabinets(self) -> list[UVDryingCabinet]:
        return [c for c in self.cabinets if isinstance(c, UVDryingCabinet)]

    def check(self, cabinet: DryingCabinet) -> None:
        reading = cabinet.probe(self.client)
        if reading is not None:
            self.pending_readings.append((cabinet.name, reading))

    def rotate_uv_lamp(self, cabinet: UVDryingCabinet, minutes: int) -> None:
        self.client.box.post(f"/uv/{cabinet.name}/rotate", json={"minutes": minutes})
        cabinet.lamp_minutes += minutes

    def flush_hygrometer_log(self) -> None:
        self.client.box.post("/hygrometers/log", json={"readings": self.pending_readings})
        self.pending_readings = []

    def recalibrate_setpoints(self) -> None:
        log.info("heating season: humidity setpoint %d%%", self.settings.winter_rh)
        self.client.box.put("/humidity/setpoint", json={"rh": self.settings.winter_rh})


def open_workshop(workshop: str) -> VarnishRoomForeman:
    settings = WorkshopSettings.from_env(workshop)
    ledger = WorkshopLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.workshop)
    cabinets = build_cabinets(settings.cabinets)
    log.info("workshop %s: %d cabinets", workshop, len(cabinets))
    return VarnishRoomForeman(settings, ledger, cabinets)
