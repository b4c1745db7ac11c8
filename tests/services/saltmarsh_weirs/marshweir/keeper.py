"""The weir keeper the marsh's scheduler ticks every five minutes."""

from __future__ import annotations

import dataclasses
import logging
from functools import partial
from operator import attrgetter, itemgetter

import kvbox
import stowage

from .functional import MarshWeirError, compose, only_if, pipe, retry, tap
from .ledger import MarshWeirLedger
from .records import MarshSummary, WeirLevel
from .settings import MarshWeirSettings
from .steps import GATE_ACTIONS, make_publisher, make_surveyor, order_sink, post_notice
from .weirbox import MarshWeirBox, lease_marshweir_box

log = logging.getLogger(__name__)


def ranked(levels: tuple[WeirLevel, ...]) -> tuple[WeirLevel, ...]:
    return tuple(sorted(levels, key=itemgetter(1), reverse=True))


class MarshWeirKeeper:
    def __init__(self, settings: MarshWeirSettings, ledger: MarshWeirLedger, box: MarshWeirBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.notify = partial(partial(post_notice, self.box), "/marsh/notices")
        self.normalise = compose(tuple, partial(sorted, key=attrgetter("level_cm")))
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        log.debug("tick %d on controller %s", self.ticks, self.box.marshweir_label())
        action = "open_gate" if self.ledger.marshweir_flow_running() else "hold_gate"
        for weir in self.settings.weirs:
            GATE_ACTIONS[action](self.box, weir)
            self.flush_silt(weir)
        levels = self.ledger.read_levels(self.settings.weirs)
        highest, *others = ranked(levels)
        try:
            self.report_levels(highest, *others)
        except MarshWeirError as exc:
            log.warning("levels not reported: %s", exc)
        sink = order_sink(self.box)
        next(sink)
        for order in sorted(self.ledger.pending_marshweir_orders(), key=itemgetter(2)):
            sink.send(order)
        try:
            sink.send(None)
        except StopIteration as stop:
            opened = stop.value
        else:
            opened = 0
        steps = (self.normalise, tap(lambda ls: log.debug("levels %s", ls)), make_publisher(self.box)("MARSHWEIR"))
        if self.ledger.marshweir_king_tide_survey():
            steps = (*steps, make_surveyor(self.box))
        pipe(levels, steps)
        summary = MarshSummary(self.settings.site, frozenset(levels), highest=highest.level_cm)
        self.notify(dataclasses.replace(summary, orders=opened).as_payload())

    @retry(times=2)
    def report_levels(self, first: WeirLevel, *rest: WeirLevel) -> None:
        reply = self.box.fetch("/marsh/levels", method="PUT", json={"top": first.label(), "others": [r.label() for r in rest]})
        if not reply.ok:
            raise MarshWeirError(f"level report refused for {first.weir}")

    @only_if(lambda self: self.ledger.marshweir_flow_running())
    def flush_silt(self, weir: str) -> None:
        self.box.fetch(f"/weirs/{weir}/flush", method="POST")


def start_keeper(site: str) -> MarshWeirKeeper:
    settings = MarshWeirSettings.from_env(site)
    ledger = MarshWeirLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), site)
    log.info("weir keeper up for %s", site)
    return MarshWeirKeeper(settings, ledger, lease_marshweir_box(site))
