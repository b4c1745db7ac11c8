"""The foreman of the extraction house: the platform calls its spin round every three minutes."""

from __future__ import annotations

import logging

from .boxes import CentrifugeBox
from .repository import ExtractorState
from .services import CentrifugeFault, CentrifugeLine, DrumScale, QualityDesk
from .settings import ExtractionSettings

log = logging.getLogger(__name__)


class ExtractionHouseForeman:
    def __init__(self, settings: ExtractionSettings, box: CentrifugeBox, state: ExtractorState,
                 line: CentrifugeLine, scale: DrumScale, desk: QualityDesk) -> None:
        self.settings = settings
        self.box = box
        self.state = state
        self.line = line
        self.scale = scale
        self.desk = desk

    def spin_round(self) -> None:
        self.box.report_bowl_status(self.settings.shed)
        if self.state.centrifuge_rotor_engaged():
            self.box.sample_rotor_vibration()
            log.info("a rotor is still turning in %s; no new batch", self.settings.shed)
        else:
            self._run_batch()
        weighed = self.scale.weigh_waiting()
        log.info("weighed %d drums", weighed)
        if self.desk.moisture_audit_due():
            self.box.calibrate_refractometer()

    def _run_batch(self) -> None:
        batch = self.line.next_batch()
        try:
            report = self.line.extract(batch)
        except CentrifugeFault:
            log.warning("centrifuge fault in %s; frames stay on the racks", self.settings.shed)
            return
        if report is not None:
            log.info("extracted %s: %d frames, %d g", report.programme, len(report.frame_ids), report.load_g)
