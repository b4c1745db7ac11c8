"""``manage.py gauge_sweep``: the basin sweep; the platform's scheduler calls ``tick()`` every five minutes."""

from __future__ import annotations

import argparse
import logging
import time
from typing import Any

from ...apps import setup
from ...hydro import HydroLink, hydrograph
from ...models import Gauge
from ...services import FloodWatch, RatingCurveDesk, ReadingFlusher, SilenceProbe, StillingWellCheck
from ..base import BaseCommand, CommandError

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Sweeps the basin's weir gauges and keeps the hydrograph container in step."

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--basin", required=True)
        parser.add_argument("--station", default="")
        parser.add_argument("--batch-size", type=int, default=0)
        parser.add_argument("--crest-m", type=float, default=1.85)
        parser.add_argument("--loop", action="store_true")

    def handle(self, *args: Any, **options: Any) -> str:
        settings = setup(options["basin"])
        link = HydroLink(settings.hydro_pool)
        self.basin = settings.basin
        self.well_check = StillingWellCheck(options["station"] or settings.station)
        self.silence_probe = SilenceProbe(link, options["station"] or settings.station)
        self.flood_watch = FloodWatch(options["crest_m"])
        self.flusher = ReadingFlusher(link, options["batch_size"] or settings.batch_size)
        self.curves = RatingCurveDesk(link)
        if options["loop"]:
            self.serve_forever(settings.sweep_interval_s)
        return ""

    def serve_forever(self, interval_s: int) -> None:
        while True:
            try:
                self.tick()
            except CommandError:
                log.exception("sweep of %s failed", self.basin)
            time.sleep(interval_s)

    def tick(self) -> None:
        log.debug("sweep of %s via hydrograph %s", self.basin, hydrograph.box.weirgauge_serial())
        self.well_check.record()
        self.silence_probe.check()
        paged = self.flood_watch.sweep(self.basin)
        flushed = self.flusher.flush()
        if flushed:
            self.flusher.rebuild_trends(flushed)
        if Gauge.objects.filter(basin=self.basin, stage="drifting").exists():
            self.curves.request_recalibration(self.basin)
        if Gauge.objects.rating_curve_revision_due(self.basin):
            self.curves.publish_rating_curve(self.basin)
        log.info("swept %s: %d paged, %d flushed", self.basin, paged, flushed)
