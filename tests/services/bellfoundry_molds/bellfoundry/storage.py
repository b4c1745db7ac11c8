"""Where the foundry keeps its molds: a storage protocol with a SQL and a cache backend."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import kvbox
import stowage

from .errors import FoundryError
from .settings import FoundrySettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mold:
    mold_id: str
    bell: str
    weight_kg: int


class MoldStore(Protocol):
    async def pours_in_progress(self) -> bool: ...

    async def molds_awaiting_cast(self) -> list[Mold]: ...

    async def tuning_audit_due(self) -> bool: ...

    async def record_pour(self, mold_id: str) -> None: ...


class SqlMoldStore:
    def __init__(self, settings: FoundrySettings) -> None:
        self.db = stowage.AsyncDatabase(settings.dsn)
        self.site = settings.site

    async def pours_in_progress(self) -> bool:
        count = await self.db.fetch_value("SELECT count(*) FROM pours WHERE site = $1 AND state = 'pouring'", self.site)
        log.debug("%d pours in progress at %s", count, self.site)
        return count > 0

    async def molds_awaiting_cast(self) -> list[Mold]:
        rows = await self.db.fetch_all("SELECT mold_id, bell, weight_kg FROM molds WHERE site = $1 AND state = 'rammed'", self.site)
        log.debug("%d molds awaiting cast", len(rows))
        return [Mold(r["mold_id"], r["bell"], 0) for r in rows]

    async def tuning_audit_due(self) -> bool:
        row = await self.db.fetch_one("SELECT 1 FROM audits WHERE site = $1 AND kind = 'tuning' AND due <= now()", self.site)
        return row is not None

    async def record_pour(self, mold_id: str) -> None:
        log.debug("recording pour of %s", mold_id)
        try:
            await self.db.execute("UPDATE molds SET state = 'poured' WHERE mold_id = $1", mold_id)
        except stowage.StowageError as exc:
            raise FoundryError(f"pour of {mold_id} not recorded") from exc


class CacheMoldStore:
    """For the foundry's test bench: everything in the cache."""

    def __init__(self, settings: FoundrySettings) -> None:
        self.cache = kvbox.AsyncCache(settings.cache_url)
        self.site = settings.site

    async def pours_in_progress(self) -> bool:
        return await self.cache.get(f"bellfoundry:{self.site}:pouring") is not None

    async def molds_awaiting_cast(self) -> list[Mold]:
        mold_id = await self.cache.get(f"bellfoundry:{self.site}:rammed")
        log.debug("rammed mold in cache: %s", mold_id)
        return [] if mold_id is None else [Mold(mold_id, "treble", 0)]

    async def tuning_audit_due(self) -> bool:
        return await self.cache.get(f"bellfoundry:{self.site}:tuning-audit") is not None

    async def record_pour(self, mold_id: str) -> None:
        log.debug("recording pour of %s", mold_id)
        await self.cache.set(f"bellfoundry:poured:{mold_id}", "1", ttl=86400)


_STORE_BACKENDS: dict[str, Callable[[FoundrySettings], MoldStore]] = {
    "sql": SqlMoldStore,
    "cache": CacheMoldStore,
}


def open_mold_store(settings: FoundrySettings) -> MoldStore:
    try:
        backend = _STORE_BACKENDS[settings.store_backend]
    except KeyError:
        raise FoundryError(f"unknown mold store {settings.store_backend!r}") from None
    log.debug("mold store backend %s", settings.store_backend)
    return backend(settings)
