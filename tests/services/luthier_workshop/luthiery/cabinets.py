"""The varnish room's cabinets: each probes the climate box its own way."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .boxes import ClimateClient

log = logging.getLogger(__name__)


@dataclass
class DryingCabinet:
    name: str

    def probe(self, client: ClimateClient) -> float | None:
        raise NotImplementedError


@dataclass
class HumidityCabinet(DryingCabinet):
    """Where the tops and backs season: its hygrometer is read every round."""

    target_rh: int = 45

    def probe(self, client: ClimateClient) -> float | None:
        reply = client.box.read_hygrometer(self.name, target=self.target_rh)
        if not reply.ok:
            log.warning("hygrometer in %s did not answer", self.name)
            return None
        return float(self.target_rh)


@dataclass
class UVDryingCabinet(DryingCabinet):
    """Cures varnish under UV lamps; reports lamp minutes once a rotation ran."""

    lamp_minutes: int = 0

    def probe(self, client: ClimateClient) -> float | None:
        if self.lamp_minutes == 0:
            log.debug("%s: lamps idle", self.name)
            return None
        client.box.post(f"/uv/{self.name}/lamp-minutes", json={"minutes": self.lamp_minutes})
        return None


CABINET_KINDS: dict[str, type[DryingCabinet]] = {
    "humidity": HumidityCabinet,
    "uv": UVDryingCabinet,
}


def build_cabinets(spec: tuple[tuple[str, str], ...]) -> list[DryingCabinet]:
    return [CABINET_KINDS[kind](name) for name, kind in spec]
