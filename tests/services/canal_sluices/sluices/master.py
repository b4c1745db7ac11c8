"""The sluice master: the scheduler calls ``tick()`` every two minutes."""

from __future__ import annotations

import dataclasses
import logging
from functools import reduce

import kvbox
import stowage

from .cycle import SluiceCycle
from .gating import during_navigation_hours, keeper_required
from .gear import PaddleGearBox, PoweredPaddle, WindlassPaddle, commission_paddle_gear_box
from .ledger import SluiceLedger
from .settings import SluiceSettings
from .snapshots import BoatInQueue, KeeperRota, LevelReading, QueueSnapshot

log = logging.getLogger(__name__)

Paddle = WindlassPaddle | PoweredPaddle


class SluiceMaster:
    def __init__(self, settings: SluiceSettings, ledger: SluiceLedger, gear: PaddleGearBox,
                 cycle: SluiceCycle, hand_paddle: WindlassPaddle, powered_paddle: PoweredPaddle) -> None:
        self.settings = settings
        self.ledger = ledger
        self.gear = gear
        self.cycle = cycle
        self.hand_paddle = hand_paddle
        self.powered_paddle = powered_paddle

    def tick(self) -> None:
        log.debug("sluice tick on gear %s", self.gear.sluice_gear_serial())
        reading, queue = self._survey()
        before, after = self.cycle.step(reading, queue)
        if before is not after:
            log.info("chamber %s -> %s", before.value, after.value)
        self._report_level(reading)
        self._sound_call_forward(queue)
        self._trim_paddles(KeeperRota(on_duty=self.ledger.lock_keepers_on_duty()))
        match queue:
            case QueueSnapshot(waiting=0):
                log.debug("lock landing empty")
            case QueueSnapshot(total_beam_cm=beam) if beam > self.settings.chamber_beam_cm:
                self.gear.crank("/chamber/breast-up", json={"beam_cm": beam})
            case QueueSnapshot(lead_boat=str(name)):
                log.info("%s leads the queue", name)

    def _survey(self) -> tuple[LevelReading, QueueSnapshot]:
        reading = self.ledger.read_level()
        boats = sorted(self.ledger.boats_awaiting_passage(), key=lambda boat: boat.arrived_at)
        total_beam = reduce(lambda acc, boat: acc + boat.beam_cm, boats, 0)
        return reading, QueueSnapshot(len(boats), total_beam, _lead_name(boats))

    @during_navigation_hours
    def _report_level(self, reading: LevelReading) -> None:
        match reading:
            case LevelReading(spilling=True, pound=pound):
                log.warning("%s is spilling over the weir", pound)
                path = f"/levels/{pound}/spill"
            case LevelReading(pound=pound):
                path = f"/levels/{pound}"
        self.gear.crank(path, json=dataclasses.asdict(reading))

    @keeper_required
    def _sound_call_forward(self, queue: QueueSnapshot) -> None:
        self.gear.crank("/landing/horn", json={"waiting": queue.waiting})

    def _paddle_pair(self) -> tuple[Paddle, Paddle]:
        return self.hand_paddle, self.powered_paddle

    def _trim_paddles(self, rota: KeeperRota) -> None:
        lead, trail = self._paddle_pair()
        match rota:
            case KeeperRota(on_duty=True):
                lead, trail = trail, lead
        lead.draw(self.settings.paddle_turns)
        trail.rest()


def _lead_name(boats: list[BoatInQueue]) -> str | None:
    return boats[0].name if boats else None


def open_sluice_house(reach: str) -> SluiceMaster:
    settings = SluiceSettings.from_env(reach)
    ledger = SluiceLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings)
    gear = commission_paddle_gear_box(settings.reach, "head")
    powered = PoweredPaddle(commission_paddle_gear_box(settings.reach, "tail"))
    cycle = SluiceCycle(gear, settings.top_water_cm)
    log.info("sluice house open on %s", reach)
    return SluiceMaster(settings, ledger, gear, cycle, WindlassPaddle(settings.reach), powered)
