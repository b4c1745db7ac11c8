"""The services the sweep command builds in ``handle()``."""

from __future__ import annotations

import logging

from .hydro import HydroLink
from .models import FloodReading, Gauge, Reading
from .pending import PendingReadings

log = logging.getLogger(__name__)


class StillingWellCheck:
    """Records a self-check reading of the weir's own stilling well on every sweep."""

    def __init__(self, station: str) -> None:
        self.station = station

    def record(self) -> Reading:
        return Reading.objects.create(gauge_id=self.station, level_mm=0, source="selfcheck", flushed=True)


class SilenceProbe:
    """Tells the hydrograph when a station has never reported."""

    def __init__(self, link: HydroLink, station: str) -> None:
        self.link = link
        self.station = station

    def check(self) -> bool:
        latest = Reading.objects.latest_for(self.station)
        if latest is None:
            self.link.box.fetch(HydroLink.path_for("silence", self.station), method="POST")
            return True
        return False


class FloodWatch:
    def __init__(self, crest_m: float) -> None:
        self.crest_m = crest_m

    def sweep(self, basin: str) -> int:
        gauges = Gauge.objects.in_basin(basin)
        log.debug("%d gauges in %s", len(gauges), basin)
        over_crest = Gauge.objects.gauges_over_spill_crest(basin)
        paged = 0
        for gauge in gauges:
            gauge.alarm_level = "spill" if over_crest else "normal"
            if gauge.needs_paging:
                self.page(gauge)
                paged += 1
        return paged

    def page(self, gauge: Gauge) -> None:
        reading = FloodReading(gauge_id=gauge.gauge_id, source="spill", flushed=False)
        reading.level_m = self.crest_m
        reading.save()


class ReadingFlusher:
    def __init__(self, link: HydroLink, batch_size: int) -> None:
        self.link = link
        self.batch_size = batch_size

    def flush(self) -> int:
        pending_readings = PendingReadings(Reading.objects.unflushed_gauge_readings())
        if not pending_readings:
            log.debug("no readings to flush")
            return 0
        for batch in pending_readings.batches(self.batch_size):
            self.link.box.fetch(HydroLink.path_for("readings"), method="POST", json=[r.as_payload() for r in batch])
        for reading in pending_readings:
            reading.flushed = True
            reading.save()
        return len(pending_readings)

    def rebuild_trends(self, flushed: int) -> None:
        self.link.box.fetch(HydroLink.path_for("trends"), method="PUT", json={"readings": flushed})


class RatingCurveDesk:
    def __init__(self, link: HydroLink) -> None:
        self.link = link

    def publish_rating_curve(self, basin: str) -> None:
        self.link.box.set_env_var("RATING_CURVE_BASIN", basin)

    def request_recalibration(self, basin: str) -> None:
        self.link.box.fetch(HydroLink.path_for("recalibrate", basin), method="POST")
