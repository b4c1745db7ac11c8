"""Stop and fault handlers: module functions, dispatched by kind."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import telemetry

from .ledger import LoomStop, ShuttleFault

log = logging.getLogger(__name__)

weft_breaks = telemetry.Counter("loomworks_weft_breaks")


def page_warp_tender(frame: Any, stop: LoomStop) -> None:
    frame.fetch("/tenders/page", method="POST", json={"loom": stop.loom, "ticket": stop.ticket})


def log_weft_break(frame: Any, stop: LoomStop) -> None:
    weft_breaks.inc()
    log.info("weft break on %s; the weaver re-knots it", stop.loom)


def note_unrouted_stop(frame: Any, stop: LoomStop) -> None:
    log.warning("no handler for %s stops", stop.kind)
    frame.fetch("/stops/unrouted", method="POST", json={"ticket": stop.ticket})


STOP_HANDLERS: dict[str, Callable[[Any, LoomStop], None]] = {
    "warp": page_warp_tender,
    "weft": log_weft_break,
}


def make_stop_router(frame: Any) -> Callable[[LoomStop], None]:
    def route(stop: LoomStop) -> None:
        handler = STOP_HANDLERS.get(stop.kind, note_unrouted_stop)
        handler(frame, stop)

    return route


def reseat_shuttle(frame: Any, fault: ShuttleFault) -> None:
    frame.fetch(f"/looms/{fault.loom}/shuttle/reseat", method="POST", json={"fault": fault.fault_id})
