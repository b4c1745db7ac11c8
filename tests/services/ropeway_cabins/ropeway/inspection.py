"""One tick's inspection: readings in, findings out to the drive station."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .fleet import SensorReading
from .settings import RopewaySettings
from .station import DriveStationLink

log = logging.getLogger(__name__)

FINDING_CALLS = {"sway": "slow_line", "grip": "record_grip_test"}


@dataclass(frozen=True)
class Finding:
    cabin_id: str
    kind: str
    value: float
    severity: int


class CabinInspector:
    """Made once per tick: keeps the tick's readings and findings."""

    def __init__(self, client: DriveStationLink, settings: RopewaySettings) -> None:
        self.client = client
        self.settings = settings
        self.readings_seen = 0
        self.findings: list[Finding] = []

    def observe(self, reading: SensorReading) -> None:
        self.readings_seen += 1
        if reading.value > self.settings.sway_limit_deg:
            self.findings.append(Finding(reading.cabin_id, "sway", reading.value, severity=2))

    def record_grip(self, reading: SensorReading) -> None:
        self.readings_seen += 1
        self.findings.append(Finding(reading.cabin_id, "grip", reading.value, severity=1))

    @staticmethod
    def urgency(finding: Finding) -> tuple[int, str]:
        return (-finding.severity, finding.cabin_id)

    async def report(self) -> int:
        for finding in sorted(self.findings, key=CabinInspector.urgency):
            await getattr(self.client, FINDING_CALLS[finding.kind])(finding.cabin_id, finding.value)
        log.info("station %s: %d readings, %d findings", self.client.serial(), self.readings_seen, len(self.findings))
        return len(self.findings)
