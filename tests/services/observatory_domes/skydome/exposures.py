"""The exposure queue: start queued exposures, read each out once every routine has run."""

from __future__ import annotations

import logging
from functools import partial
from operator import attrgetter

import stowage

from .controller import DomeControlBox
from .ledger import ObservingLedger
from .registry import NightContext, register

log = logging.getLogger(__name__)


def read_out_exposure(controller: DomeControlBox, ledger: ObservingLedger, request_id: str) -> None:
    controller.command("/camera/readout", request_id=request_id)
    try:
        ledger.mark_exposed(request_id)
    except stowage.StowageError:
        log.warning("exposure %s read out but not marked; it stays queued", request_id)


@register("exposure_queue")
def dispatch_exposures(ctx: NightContext) -> None:
    requests = ctx.ledger.queued_exposure_requests()
    fresh = filter(lambda r: r.request_id not in ctx.dispatched, requests)
    for request in sorted(fresh, key=attrgetter("priority"))[: ctx.settings.max_exposures_per_cycle]:
        ctx.controller.command("/camera/expose", target=request.target, band=request.filter_band)
        ctx.dispatched.add(request.request_id)
        ctx.finishers.append(partial(read_out_exposure, ctx.controller, ctx.ledger, request.request_id))
