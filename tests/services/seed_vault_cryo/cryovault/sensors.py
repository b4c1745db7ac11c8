"""The vault's sensors: every direct subclass of ``Sensor`` is polled each tick."""

from __future__ import annotations

import abc
import logging

import stowage

from .alarms import CryoAlarm, CryoSeverity
from .cryobox import CryostatBox
from .repository import CryoLedger
from .settings import CryoVaultSettings

log = logging.getLogger(__name__)


class Sensor(abc.ABC):
    """A sensor is built with the ledger, the cryostat box and the settings."""

    label = "sensor"

    def __init__(self, ledger: CryoLedger, box: CryostatBox, settings: CryoVaultSettings) -> None:
        self.ledger = ledger
        self.box = box
        self.settings = settings

    @abc.abstractmethod
    def poll(self) -> CryoAlarm | None:
        """One reading; an alarm when something needs a human, else ``None``."""

    def alarm(self, code: str, severity: CryoSeverity, detail: str = "") -> CryoAlarm:
        return CryoAlarm(self.label, code, severity, detail)


class DewarProbeSensor(Sensor):
    """Reads the liquid-nitrogen probe through the cryostat every tick."""

    label = "dewar-probe"

    def channel(self) -> str:
        return self.settings.probe_channel

    def poll(self) -> CryoAlarm | None:
        channel = self.channel()
        reply = self.box.read_probe(channel)
        if not reply.ok:
            log.warning("probe %s did not answer", channel)
        if self.ledger.probe_calibration_stale(channel):
            self.box.recalibrate_probe(channel)
        if self.ledger.nitrogen_topup_pending():
            return self.alarm("topup-pending", CryoSeverity.WARNING, channel)
        return None


class SpareDewarProbe(DewarProbeSensor):
    """The spare dewar's probe (meant to be polled too: discovery finds direct subclasses only)."""

    label = "spare-dewar-probe"

    def channel(self) -> str:
        return "dewar-spare/ln2"


class LidSensor(Sensor):
    label = "lid"

    def poll(self) -> CryoAlarm | None:
        openings = self.ledger.unacknowledged_lid_openings()
        if not openings:
            return None
        dewars = ", ".join(sorted({o.dewar for o in openings}))
        return self.alarm("lid-open", CryoSeverity.CRITICAL, dewars)


class ViabilityAuditSensor(Sensor):
    """Once a quarter the germination-viability audit snapshots the vault's inventory."""

    label = "viability-audit"

    def poll(self) -> CryoAlarm | None:
        if not self.ledger.quarterly_viability_audit_due():
            return None
        quarter = self.ledger.current_quarter()
        self.box.snapshot_inventory(quarter)
        try:
            self.ledger.record_audit(quarter)
        except stowage.StowageError:
            log.warning("audit of %s not recorded; the next tick retries", quarter)
        return self.alarm("audit-snapshot", CryoSeverity.NOTICE, quarter)

