"""Sand hoppers: queue the trams that came back low, then refill them."""

from __future__ import annotations

import logging
from dataclasses import replace

from ..state import DepotState

log = logging.getLogger(__name__)


def queue_sanding(state: DepotState) -> DepotState:
    low = tuple(tram.fleet_number for tram in state.roster.trams_awaiting_sanding())
    if low:
        log.info("%d trams queued for sanding", len(low))
    return replace(state, sanding_queue=state.sanding_queue + low)


def refill_sand_hoppers(state: DepotState) -> DepotState:
    sanded: list[str] = []
    left: list[str] = []
    for fleet_number in state.sanding_queue:
        reply = state.rig.fetch(f"/sanders/{fleet_number}/refill", method="POST")
        if reply.ok:
            sanded.append(fleet_number)
        else:
            log.warning("sander refused tram %s; it waits for the next tick", fleet_number)
            left.append(fleet_number)
    return replace(state, sanding_queue=tuple(left), sanded=state.sanded + tuple(sanded))
