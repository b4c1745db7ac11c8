"""Alarm severities and the alarm a sensor raises."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CryoSeverity(enum.IntEnum):
    INFO = 10
    NOTICE = 20
    WARNING = 30
    CRITICAL = 40


@dataclass(frozen=True)
class CryoAlarm:
    sensor: str
    code: str
    severity: CryoSeverity
    detail: str = ""

    def summary(self) -> str:
        return f"[{self.severity.name}] {self.sensor}: {self.code} {self.detail}".rstrip()
