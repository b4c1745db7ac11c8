"""Weighbridge settings, read once from the environment at start-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WeighbridgeSettings:
    harbour: str
    dsn: str
    cache_url: str
    axle_lane: str
    drum_lane: str
    hold_lane: str
    plate_lane: str
    max_gross_kg: int

    @classmethod
    def from_env(cls, harbour: str) -> WeighbridgeSettings:
        settings = cls(
            harbour=harbour,
            dsn=envknobs.text("WEIGHBRIDGE_DSN", f"postgres://weighbridge/{harbour}"),
            cache_url=envknobs.text("WEIGHBRIDGE_CACHE", "redis://weighbridge"),
            axle_lane=envknobs.text("AXLE_LANE", "lane-1"),
            drum_lane=envknobs.text("DRUM_LANE", "lane-4"),
            hold_lane=envknobs.text("HOLD_LANE", "hold-bay"),
            plate_lane=envknobs.text("PLATE_LANE", "gate-in"),
            max_gross_kg=envknobs.number("MAX_GROSS_KG", 44000),
        )
        log.info("weighbridge settings for %s", harbour)
        return settings
