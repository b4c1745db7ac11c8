"""The soldering-bench container and the kit the tools carry."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import sensorlink

from .settings import BenchSettings

log = logging.getLogger(__name__)


class TinsmithBox:
    """The platform's stub for the soldering-bench container."""

    async def tin_the_tip(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def bank_the_fire(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def pour_solder(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def brush_flux(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def crimp_seam(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def stamp_hallmark(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def vent_fumes(self, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


class BenchWiring:
    @staticmethod
    def kindle_tinsmith_box(bench_id: str) -> TinsmithBox:
        log.info("kindling the tinsmith box for bench %s", bench_id)
        return TinsmithBox()


@dataclass
class BenchKit:
    bench_id: str
    box: TinsmithBox
    hub: sensorlink.SensorHub
    settings: BenchSettings

    @classmethod
    def assemble(cls, settings: BenchSettings) -> BenchKit:
        box = BenchWiring.kindle_tinsmith_box(settings.bench_id)
        return cls(settings.bench_id, box, sensorlink.SensorHub(settings.hub_url), settings)
