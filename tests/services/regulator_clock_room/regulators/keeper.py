"""The keeper's round: every ten minutes, along the wall of regulators."""

from __future__ import annotations

import logging

from .service import RegulatorService

log = logging.getLogger(__name__)


class ClockRoomKeeper:
    def __init__(self, service: RegulatorService) -> None:
        self.service = service

    def regulator_round(self) -> None:
        svc = self.service
        advanced = 0
        for clock in svc.clocks_on_wall():
            svc.log_rate(clock)
            if (setting := svc.adjust(clock)) is not None:
                svc.set_hands(setting)
            svc.wind_if_run_down(clock)
            advanced += svc.advance_slave_lines(clock)
            svc.quiet_strike(clock)
        if (reference := svc.reference_clock()) is not None:
            svc.compare_with_reference(reference)
        svc.close_round()
        log.info("round done, %d slave lines advanced", advanced)
