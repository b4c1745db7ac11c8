"""Tide readings and the limits a slipway is checked against."""

from __future__ import annotations

from typing import NamedTuple


class TideReading(NamedTuple):
    slipway: str
    height_dm: int
    rising: bool = False


class SlipwayLimits(NamedTuple):
    min_depth_dm: int
    ramp_trim_dm: int

    def too_shallow(self, reading: TideReading) -> bool:
        return reading.height_dm < self.min_depth_dm
