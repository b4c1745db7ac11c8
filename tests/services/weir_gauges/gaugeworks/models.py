"""The gauge models and their managers."""

from __future__ import annotations

import logging
from typing import Any

from .orm import DescriptorManager, Manager, Model
from .signals import post_reading

log = logging.getLogger(__name__)


class GaugeManager(DescriptorManager):
    def in_basin(self, basin: str) -> Any:
        return self.filter(basin=basin)

    def gauges_over_spill_crest(self, basin: str) -> bool:
        return self.filter(basin=basin, stage="spill").exists()

    def rating_curve_revision_due(self, basin: str) -> bool:
        return self.filter(basin=basin, curve_state="revised").exists()


class ReadingManager(Manager):
    def unflushed_gauge_readings(self) -> list[Reading]:
        return list(self.filter(flushed=False).order_by("taken_at"))

    def latest_for(self, gauge_id: str) -> Reading | None:
        return self.filter(gauge_id=gauge_id, source="sensor").order_by("-taken_at").first()


class Gauge(Model):
    table = "gauges"
    fields = ("gauge_id", "basin", "stage")
    objects = GaugeManager()

    def __init__(self, pk: str | None = None, **values: Any) -> None:
        self._alarm_level = "normal"
        self._raised_alarms: list[str] = []
        super().__init__(pk, **values)

    @property
    def alarm_level(self) -> str:
        return self._alarm_level

    @alarm_level.setter
    def alarm_level(self, value: str) -> None:
        if value == "spill" and self._alarm_level != "spill":
            self._raised_alarms.append(value)
        self._alarm_level = value

    @property
    def needs_paging(self) -> bool:
        return bool(self._raised_alarms)


class Reading(Model):
    table = "readings"
    fields = ("gauge_id", "level_mm", "source", "flushed")
    objects = ReadingManager()

    @property
    def source(self) -> str:
        return self._source

    @source.setter
    def source(self, value: str | None) -> None:
        # Sources are stored upper-case, the way the telemetry listener writes them.
        self._source = (value or "sensor").upper()

    @property
    def level_m(self) -> float:
        return float(self.level_mm) / 1000

    @level_m.setter
    def level_m(self, value: float) -> None:
        self.level_mm = round(value * 1000)

    def as_payload(self) -> dict[str, Any]:
        return {"gauge": self.gauge_id, "level_mm": self.level_mm, "source": self.source}

    def saved(self, created: bool) -> None:
        post_reading.send(sender=type(self), reading=self, created=created)


class FloodReading(Reading):
    """A reading the flood watch records when a gauge goes over the spill crest (same table)."""

    table = "readings"
    objects = ReadingManager()
