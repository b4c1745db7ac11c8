"""The pan foreman: the works' scheduler calls ``evaporation_round()`` every ten minutes."""

from __future__ import annotations

import dataclasses
import logging

import kvbox
import stowage

from .middleware import Middleware, compose_chain, flood_gate, hold_harvest_when_wet, log_brine_requests, stamp_request_id
from .pumphouse import SaltPumphouseBox, moor_pumphouse_box
from .records import BrineRequest, Pan, WorksState
from .repository import SaltLedger
from .sensors import MoisturePosts
from .services import BrineDesk, BrinePumps, RakeCrew, Send
from .settings import SaltWorksSettings

log = logging.getLogger(__name__)


class SaltPanForeman:
    def __init__(self, settings: SaltWorksSettings, ledger: SaltLedger, box: SaltPumphouseBox, send: Send,
                 pumps: BrinePumps, rakes: RakeCrew, posts: MoisturePosts, state: WorksState) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.send = send
        self.pumps = pumps
        self.rakes = rakes
        self.posts = posts
        self.state = state

    def evaporation_round(self) -> None:
        log.debug("round %d on pumphouse %s", self.state.rounds, self.box.pumphouse_serial())
        self.state.rounds += 1
        self.send(BrineRequest(kind="heartbeat", site=self.settings.site))
        self.pumps.cycle()
        self._tend_pans()
        self._cover_if_wet()
        self.rakes.harvest()

    def _tend_pans(self) -> None:
        for pan in map(self.ledger.read_pan, self.settings.pans):
            match pan:
                case Pan(kind="deep") if pan.level_mm > self.settings.deep_skim_mm:
                    self.box.dispatch(f"/pans/{pan.name}/skim", method="POST", json=dataclasses.asdict(pan))
                case Pan(kind="crystallizer") if pan.name in self.state.flooded_pans:
                    self.box.dispatch(f"/pans/{pan.name}/rewash", method="POST")
                    self.state.flooded_pans.discard(pan.name)
                case Pan(kind="crystallizer", level_mm=0):
                    log.info("%s is dry, waiting for brine", pan.name)
                case _:
                    log.debug("%s at %d mm", pan.name, pan.level_mm)

    def _cover_if_wet(self) -> None:
        if self.posts.crust_too_wet():
            self.box.dispatch("/pans/covers", method="PUT", json={"site": self.settings.site})


def open_salt_works(site: str) -> SaltPanForeman:
    settings = SaltWorksSettings.from_env(site)
    ledger = SaltLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings)
    box = moor_pumphouse_box(settings.site)
    state = WorksState()
    posts = MoisturePosts(ledger, settings.max_moisture_pct)
    middlewares: list[Middleware] = [
        log_brine_requests,
        stamp_request_id,
        flood_gate(ledger, box, state),
        hold_harvest_when_wet(posts),
    ]
    send = compose_chain(middlewares, BrineDesk(box).handle)
    log.info("salt works open at %s", site)
    return SaltPanForeman(settings, ledger, box, send, BrinePumps(ledger, settings, send),
                          RakeCrew(ledger, settings, send), posts, state)
