"""The studio database: gathers on pipes, punty orders, the reline calendar."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class GafferError(Exception):
    """Something the furnace controller decided not to do."""


class FurnaceCold(GafferError):
    """Nothing is gathered: the furnace stays asleep."""


@dataclass(frozen=True)
class PuntyOrder:
    order_id: str
    piece: str


class GlassLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, studio: str) -> None:
        self._db = db
        self._cache = cache
        self.studio = studio

    @property
    def furnace_has_gathers(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM gathers WHERE on_pipe") > 0

    def pending_punty_orders(self) -> list[PuntyOrder]:
        rows = self._db.fetch_all("SELECT id, piece FROM punty_orders WHERE NOT charged")
        return [PuntyOrder(r["id"], r["piece"]) for r in rows]

    def pot_reline_due(self) -> bool:
        return self._cache.get(f"gafferworks:{self.studio}:reline") is not None

    def record_tick(self, ran: int) -> bool:
        try:
            self._db.execute("INSERT INTO furnace_ticks (ran) VALUES ($1)", ran)
        except stowage.StowageError as exc:
            log.warning("furnace tick not recorded: %s", exc)
            return False
        return True
