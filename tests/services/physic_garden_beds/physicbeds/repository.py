"""Repositories: a base class with the session, and the garden's two repositories."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

from .boxes import PhysicBedBox
from .changes import PhysicChange, PhysicFlushError, PhysicUnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParchedBed:
    bed_id: str
    plant_family: str


class Repository:
    """Collects changes in a unit of work and flushes them to the container on exit."""

    channel = "/changes"

    def __init__(self, box: PhysicBedBox) -> None:
        self.box = box

    @contextlib.contextmanager
    def get_session(self, purpose: str) -> Iterator[PhysicUnitOfWork]:
        uow = PhysicUnitOfWork(purpose)
        try:
            yield uow
        except Exception:
            log.warning("%s: discarding %d changes", purpose, len(uow.changes))
            uow.discard()
            raise
        if uow.changes:
            self._flush(uow.changes)
        else:
            log.debug("%s: nothing to flush", purpose)

    def session(self, purpose: str) -> contextlib.AbstractContextManager[PhysicUnitOfWork]:
        return self.get_session(purpose)

    def _flush(self, changes: list[PhysicChange]) -> None:
        payload = [change.as_payload() for change in changes]
        reply = self.box.fetch(self.channel, method="POST", json=payload)
        if not reply.ok:
            raise PhysicFlushError(f"{self.channel}: {len(payload)} changes refused")


class BedRepository(Repository):
    channel = "/irrigation/schedule"

    def __init__(self, box: PhysicBedBox, db: stowage.Database) -> None:
        super().__init__(box)
        self.db = db

    def physic_valves_open(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM valves WHERE state = 'open'") > 0

    def parched_physic_beds(self) -> list[ParchedBed]:
        rows = self.db.fetch_all("SELECT bed_id, plant_family FROM beds WHERE moisture < threshold")
        return [ParchedBed(r["bed_id"], r["plant_family"]) for r in rows]

    def _flush(self, changes: list[PhysicChange]) -> None:
        log.info("scheduling watering for %d beds", len(changes))
        self.box.fetch(self.channel, method="PUT", json={"beds": [c.as_payload() for c in changes]})


class LabelRepository(Repository):
    channel = "/labels/queue"

    def __init__(self, box: PhysicBedBox, cache: kvbox.Cache) -> None:
        super().__init__(box)
        self.cache = cache

    def physic_census_due(self) -> bool:
        return self.cache.get("physic:census-started") is not None
