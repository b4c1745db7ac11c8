"""Kiln charges: a protocol and its two stores, one of them picked at start-up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import kvbox
import stowage

from .items import DryYardError, MoistureSample
from .settings import DryYardSettings

log = logging.getLogger(__name__)


@runtime_checkable
class KilnChargeRepository(Protocol):
    def kiln_charges_in_schedule(self) -> bool: ...

    def ungraded_moisture_samples(self) -> list[MoistureSample]: ...

    def psychrometer_calibration_due(self) -> bool: ...

    def charged_chambers(self) -> list[str]: ...

    def record_grade(self, sample: MoistureSample) -> None: ...

    def yard_is_busy(self) -> bool:
        return self.kiln_charges_in_schedule() or len(self.ungraded_moisture_samples()) > 0


class PostgresKilnCharges(KilnChargeRepository):
    """Subclasses the protocol, so it inherits ``yard_is_busy``."""

    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def kiln_charges_in_schedule(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM kiln_charges WHERE stage = 'drying'") > 0

    def ungraded_moisture_samples(self) -> list[MoistureSample]:
        rows = self.db.fetch_all("SELECT chamber, board_id, moisture FROM moisture_samples WHERE graded_at IS NULL")
        return [MoistureSample(r["chamber"], r["board_id"], 0.0) for r in rows]

    def psychrometer_calibration_due(self) -> bool:
        return self.db.fetch_one("SELECT 1 FROM calibrations WHERE due_on <= current_date") is not None

    def charged_chambers(self) -> list[str]:
        return [r["chamber"] for r in self.db.fetch_all("SELECT chamber FROM kiln_charges WHERE stage = 'drying'")]

    def record_grade(self, sample: MoistureSample) -> None:
        self.db.execute("UPDATE moisture_samples SET graded_at = now() WHERE board_id = %s", sample.board_id)


class RedisKilnCharges:
    """Structural only: it satisfies the protocol without subclassing it."""

    def __init__(self, cache: kvbox.Cache, yard: str) -> None:
        self.cache = cache
        self.yard = yard

    def _key(self, what: str) -> str:
        return f"dryyard:{self.yard}:{what}"

    def kiln_charges_in_schedule(self) -> bool:
        return self.cache.get(self._key("drying")) is not None

    def ungraded_moisture_samples(self) -> list[MoistureSample]:
        raw = self.cache.get(self._key("ungraded"))
        if not raw:
            return []
        chamber, _, board = raw.partition(":")
        return [MoistureSample(chamber, board, 0.0)]

    def psychrometer_calibration_due(self) -> bool:
        return self.cache.get(self._key("calibration-due")) is not None

    def charged_chambers(self) -> list[str]:
        raw = self.cache.get(self._key("charged"))
        return raw.split(",") if raw else []

    def record_grade(self, sample: MoistureSample) -> None:
        self.cache.set(self._key(f"graded:{sample.board_id}"), "1", ttl=86400)

    def yard_is_busy(self) -> bool:
        return self.kiln_charges_in_schedule()


_CHARGE_BACKENDS: dict[str, Callable[[DryYardSettings], KilnChargeRepository]] = {
    "postgres": lambda s: PostgresKilnCharges(stowage.connect(s.dsn)),
    "redis": lambda s: RedisKilnCharges(kvbox.Cache(s.cache_url), s.yard),
}


def open_charge_repository(settings: DryYardSettings) -> KilnChargeRepository:
    try:
        build = _CHARGE_BACKENDS[settings.charges_backend]
    except KeyError:
        raise DryYardError(f"no kiln-charge backend {settings.charges_backend!r}") from None
    repo = build(settings)
    if not isinstance(repo, KilnChargeRepository):
        raise DryYardError(f"{type(repo).__name__} is not a kiln-charge repository")
    log.info("kiln charges kept in %s", settings.charges_backend)
    return repo
