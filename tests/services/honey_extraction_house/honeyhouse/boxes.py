"""The centrifuge box: the platform's container that drives the extractors."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CentrifugeBox:
    """Bound by the platform; every method is a request to the centrifuge container."""

    def centrifuge_serial(self) -> str:
        raise NotImplementedError("bound by the platform")

    def report_bowl_status(self, shed: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def sample_rotor_vibration(self) -> Any:
        raise NotImplementedError("bound by the platform")

    def load_baskets(self, frame_ids: list[str]) -> Any:
        raise NotImplementedError("bound by the platform")

    def spin(self, programme: str, load_g: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def brake_rotor(self) -> Any:
        raise NotImplementedError("bound by the platform")

    def weigh_drum(self, drum_id: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def calibrate_refractometer(self) -> Any:
        raise NotImplementedError("bound by the platform")


def lease_centrifuge_box(shed: str) -> CentrifugeBox:
    log.info("leasing the centrifuge box for %s", shed)
    return CentrifugeBox()
