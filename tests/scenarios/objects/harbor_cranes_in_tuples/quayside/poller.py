"""The crane yard poller: the terminal scheduler calls ``tick`` every minute."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .cranes import CraneCrew, DieselCrane, open_crane_controller
from .repo import TerminalRepository, wind_lockout_drill_due
from .settings import TerminalSettings

log = logging.getLogger(__name__)


class CraneYardPoller:
    def __init__(self, settings: TerminalSettings, repo: TerminalRepository, cache: kvbox.Cache) -> None:
        self.settings = settings
        self.repo = repo
        self.cache = cache
        self.berth_cranes = tuple(open_crane_controller(settings, berth) for berth in settings.berths)
        self.crew = CraneCrew(open_crane_controller(settings, "ship-to-shore"), DieselCrane("D-7"), "day")
        self.duty: Any = open_crane_controller(settings, "straddle")
        self.spare: Any = DieselCrane("D-9")

    def _yard_pair(self) -> tuple[Any, DieselCrane]:
        return open_crane_controller(self.settings, "rail-mounted"), DieselCrane("D-3")

    def tick(self) -> None:
        first, *others = self.berth_cranes
        first.post("/berths/primary/heartbeat")  # expect: WC001
        for crane in others:
            crane.post("/berths/secondary/heartbeat")  # expect: WC001

        self.crew.lead.post("/crew/lead/status")  # expect: WC001
        self.crew[1].post("/crew/relief/status")
        if self.repo.vessel_alongside():
            self.crew = self.crew._replace(lead=self.crew.relief, relief=self.crew.lead)
            self.duty, self.spare = self.spare, self.duty
        self.spare.post("/spare/park")
        self.duty.post("/duty/heartbeat")  # expect: WC001

        rail, diesel = self._yard_pair()
        for lift in self.repo.lifts_waiting():
            rail.post(f"/lifts/{lift.lift_id}", json={"bay": lift.bay})
        diesel.post("/yard/sweep")

        lead, relief = self.berth_cranes[0], DieselCrane("D-5")
        lead, relief = relief, lead
        lead.post("/drill/lead")
        if wind_lockout_drill_due(self.cache):
            relief.post("/drill/wind-lockout")  # expect: WC002
