"""The press-floor services; most subscribe their own bus handlers when they are built."""

from __future__ import annotations

import collections
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, TypeVar

import stowage

from .bus import PressBus
from .platen import rent_platen_box
from .stockroom import LetterpressJob, PassSummary, PressStockroom, ProofRun, RollerWash
from .workqueue import PressQueue

log = logging.getLogger(__name__)

T = TypeVar("T")


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class InkWellKeeper:
    """Keeps the ink wells stirred and calibrated."""

    def __init__(self, bus: PressBus, shop: str) -> None:
        self.shop = shop
        bus.subscribe("pass.finished", self.on_pass_finished)
        bus.subscribe("inks.recalibrate", self.on_recalibrate)

    def on_pass_finished(self, summary: PassSummary) -> None:
        box = rent_platen_box(self.shop)
        log.debug("stirring the wells of %s after pass %d", box.platen_label(), summary.pass_number)
        box.fetch("/inkwells/stir", method="POST")

    def on_recalibrate(self, profile: str) -> None:
        rent_platen_box(self.shop).set_env_var("INK_PROFILE", profile)


class ProofDesk:
    """Collects the proof runs the bus announces; hands them to the press queue in arrival order."""

    def __init__(self, bus: PressBus) -> None:
        self._waiting: collections.deque[ProofRun] = collections.deque()
        bus.subscribe("proof.queued", self.on_proof_queued)

    def on_proof_queued(self, proof: ProofRun) -> None:
        self._waiting.append(proof)

    def hand_over(self, queue: PressQueue) -> int:
        handed = 0
        while self._waiting:
            queue.push("proof", self._waiting.popleft())
            handed += 1
        return handed


class PaperStockClerk:
    def __init__(self, bus: PressBus, stockroom: PressStockroom, shop: str) -> None:
        self.stockroom = stockroom
        self.box = rent_platen_box(shop)
        bus.subscribe("stock.low", self.on_stock_low)
        bus.subscribe("pass.finished", self.on_pass_finished)

    def on_stock_low(self, shop: str) -> None:
        self.box.fetch("/stock/reorder", method="POST", json={"shop": shop})

    def on_pass_finished(self, summary: PassSummary) -> None:
        if not summary.jobs_printed:
            return
        try:
            self.stockroom.deduct_sheets(summary.jobs_printed)
        except stowage.StowageError:
            log.warning("sheets of pass %d not deducted", summary.pass_number)


class LockupScheduler:
    """Locks the jobs on the bed up in formes, then queues each job for the press."""

    def __init__(self, shop: str, forme_size: int) -> None:
        self.box = rent_platen_box(shop)
        self.forme_size = forme_size

    def formes(self, jobs: list[LetterpressJob]) -> Iterator[list[LetterpressJob]]:
        yield from _chunked(jobs, self.forme_size)

    def lock_up(self, jobs: list[LetterpressJob], queue: PressQueue) -> int:
        locked = 0
        for forme in self.formes(jobs):
            self.box.fetch("/press/lockup", method="POST", json={"jobs": [job.job_id for job in forme]})
            for job in forme:
                queue.push("press", job)
            locked += 1
        return locked


class PressWorker(Protocol):
    def handle(self, payload: object) -> None: ...


class JobPrinter:
    def __init__(self, shop: str) -> None:
        self.box = rent_platen_box(shop)

    def handle(self, payload: object) -> None:
        assert isinstance(payload, LetterpressJob)
        self.box.fetch(f"/press/jobs/{payload.job_id}", method="POST", json={"stock": payload.stock})


class ProofPuller:
    def __init__(self, shop: str) -> None:
        self.box = rent_platen_box(shop)

    def handle(self, payload: object) -> None:
        assert isinstance(payload, ProofRun)
        self.box.fetch(f"/proofs/{payload.proof_id}/pull", method="POST")


class RollerWasher:
    def __init__(self, shop: str) -> None:
        self.box = rent_platen_box(shop)

    def handle(self, payload: object) -> None:
        assert isinstance(payload, RollerWash)
        self.box.fetch("/rollers/wash", method="POST", json={"pass": payload.pass_number})


class PressRoomDispatcher:
    def __init__(self, workers: Mapping[str, PressWorker]) -> None:
        self._dispatch = {kind: worker.handle for kind, worker in workers.items()}

    def drain(self, queue: PressQueue) -> int:
        done = 0
        while queue:
            item = queue.pop()
            self._dispatch[item.kind](item.payload)
            done += 1
        return done


def log_pass(summary: PassSummary) -> None:
    log.info("pass %d: %d jobs, %d proofs, %d work items", *summary)
