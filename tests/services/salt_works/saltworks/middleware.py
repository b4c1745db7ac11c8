"""The brine request chain: middleware callables each wrapping ``next_handler``."""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Callable, Sequence
from functools import reduce
from typing import Any

from .pumphouse import SaltPumphouseBox
from .records import BrineRequest, WorksState
from .repository import SaltLedger
from .sensors import MoisturePosts

log = logging.getLogger(__name__)

Handler = Callable[[BrineRequest], Any]
Middleware = Callable[[Handler], Handler]

_request_ids = itertools.count(1)


def log_brine_requests(next_handler: Handler) -> Handler:
    def handle(req: BrineRequest) -> Any:
        log.debug("brine request %s for %s", req.kind, req.site)
        reply = next_handler(req)
        log.debug("brine request %s done", req.kind)
        return reply

    return handle


def stamp_request_id(next_handler: Handler) -> Handler:
    def handle(req: BrineRequest) -> Any:
        return next_handler(dataclasses.replace(req, request_id=next(_request_ids)))

    return handle


def flood_gate(ledger: SaltLedger, box: SaltPumphouseBox, state: WorksState) -> Middleware:
    """Checks the tide with each heartbeat; on a flood warning shuts the sluices first."""

    def middleware(next_handler: Handler) -> Handler:
        def handle(req: BrineRequest) -> Any:
            if req.kind == "heartbeat" and ledger.spring_tide_flood_warning():
                log.warning("spring-tide flood warning at %s: closing the sluices", req.site)
                box.dispatch("/sluices/close", json={"site": req.site, "request": req.request_id})
                state.flooded_pans.update(spec.name for spec in ledger.settings.pans if spec.kind == "crystallizer")
            return next_handler(req)

        return handle

    return middleware


def hold_harvest_when_wet(posts: MoisturePosts) -> Middleware:
    """No raking on wet crust: a harvest request stops here while the posts read wet."""

    def middleware(next_handler: Handler) -> Handler:
        def handle(req: BrineRequest) -> Any:
            if req.kind == "harvest" and posts.crust_too_wet():
                log.info("harvest of %d t held: crust too wet", req.tonnes)
                return None
            return next_handler(req)

        return handle

    return middleware


def compose_chain(middlewares: Sequence[Middleware], terminal: Handler) -> Handler:
    """The first middleware in the list is the outermost."""
    return reduce(lambda inner, middleware: middleware(inner), reversed(middlewares), terminal)
