"""The lamplighter dispatcher: every five minutes it plans a round and carries it out."""

from __future__ import annotations

import dataclasses
import itertools
import logging
from operator import attrgetter

import stowage

from .crier import GuildCrier
from .ledger import LampLedger
from .orders import FogWatch, Muster, Order, Relight, RollCall, WatchState
from .settings import GuildSettings

log = logging.getLogger(__name__)


class LamplighterDispatcher:
    def __init__(self, settings: GuildSettings, ledger: LampLedger, crier: GuildCrier) -> None:
        self.settings = settings
        self.ledger = ledger
        self.crier = crier
        self._watch = WatchState()

    async def round(self) -> None:
        orders = await self._plan(self._watch)
        state = self._watch
        for order in orders:
            state = await self._carry_out(order, state)
        self._watch = dataclasses.replace(state, rounds=state.rounds + 1)
        try:
            await self.ledger.record_round(self._watch.rounds)
        except stowage.StowageError:
            log.warning("round %d not recorded; the ledger catches up next round", self._watch.rounds)

    async def _plan(self, state: WatchState) -> list[Order]:
        orders: list[Order] = []
        if not state.mustered:
            orders.append(Muster(self.settings.city))
        snuffed = sorted(await self.ledger.snuffed_street_lamps(), key=attrgetter("ward", "post"))
        for ward, lamps in itertools.groupby(snuffed, key=attrgetter("ward")):
            orders.append(Relight(ward, tuple(lamp.post for lamp in lamps)))
        orders.append(FogWatch(self.settings.harbour, await self.ledger.harbour_fog_rolling_in()))
        aloft = await self.ledger.lamplighters_up_ladders()
        orders.append(RollCall(self.settings.city, state.rounds + 1, aloft))
        return orders

    async def _carry_out(self, order: Order, state: WatchState) -> WatchState:
        match order:
            case Muster(city):
                await self.crier.muster(city)
                return dataclasses.replace(state, mustered=True)
            case Relight(ward, posts) if ward in self.settings.closed_wards:
                log.info("ward %s is closed; %d lamps wait", ward, len(posts))
                return state
            case Relight(ward, posts):
                await self.crier.relight(ward, posts)
                return dataclasses.replace(state, relit_unreported=state.relit_unreported + len(posts))
            case FogWatch(True, harbour) if not state.fog_lamps_lit:
                await self.crier.light_fog_lamps(harbour)
                return dataclasses.replace(state, fog_lamps_lit=True)
            case FogWatch(False, harbour) if state.fog_lamps_lit:
                await self.crier.douse_fog_lamps(harbour)
                return dataclasses.replace(state, fog_lamps_lit=False)
            case FogWatch():
                return state
            case RollCall(round_no, True):
                await self.crier.check_ladders(round_no)
                return state
            case RollCall(round_no) if state.relit_unreported:
                await self.crier.report_relit(state.relit_unreported)
                return dataclasses.replace(state, relit_unreported=0)
            case RollCall(round_no):
                await self.crier.ring_round(round_no)
                return state
            case _:
                raise LanternGuildError(f"an order the dispatcher does not know: {order!r}")


class LanternGuildError(Exception):
    """An order or a start-up the guild hall refuses."""
