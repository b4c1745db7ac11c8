"""The vault monitor: its tick runs every minute."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .alarms import CryoAlarm, CryoSeverity
from .cryobox import CryostatBox, summon_cryostat_box
from .repository import CryoLedger
from .sensors import Sensor
from .settings import CryoVaultSettings

log = logging.getLogger(__name__)


class VaultCryoMonitor:
    def __init__(self, sensors: list[Sensor], box: CryostatBox, settings: CryoVaultSettings) -> None:
        self.sensors = sensors
        self.box = box
        self.settings = settings

    def tick(self) -> None:
        alarms = [a for s in self.sensors if (a := s.poll()) is not None]
        if alarms:
            self.report(alarms)
        else:
            log.debug("vault %s quiet", self.settings.vault_id)

    def report(self, alarms: list[CryoAlarm]) -> None:
        worst = max(alarm.severity for alarm in alarms)
        self.box.append_journal(f"{len(alarms)} alarm(s), worst {worst.name}")
        for alarm in alarms:
            log.info("%s", alarm.summary())
            if alarm.severity >= self.settings.forward_at:
                self.box.post_alarm(alarm.code, sensor=alarm.sensor, severity=int(alarm.severity))
        if worst >= CryoSeverity.CRITICAL:
            self.box.page_curator(f"vault {self.settings.vault_id}: {worst.name}")


def start_cryo_monitor(vault_id: str) -> VaultCryoMonitor:
    settings = CryoVaultSettings.from_env(vault_id)
    ledger = CryoLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), vault_id)
    box = summon_cryostat_box(vault_id)
    sensors = [cls(ledger, box, settings) for cls in Sensor.__subclasses__()]
    log.info("monitoring %s with %d sensors", vault_id, len(sensors))
    return VaultCryoMonitor(sensors, box, settings)
