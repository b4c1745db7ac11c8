"""The climate-cabinet container and the client the foreman keeps."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class LuthierClimateBox:
    """The platform's stub for the workshop's climate-cabinet container."""

    def read_hygrometer(self, cabinet: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def put(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_luthier_climate_box(workshop: str) -> LuthierClimateBox:
    log.info("summoning the climate box of %s", workshop)
    return LuthierClimateBox()


@dataclass
class ClimateClient:
    workshop: str
    box: LuthierClimateBox

    @classmethod
    def for_workshop(cls, workshop: str) -> ClimateClient:
        return cls(workshop, summon_luthier_climate_box(workshop))
