"""Repositories: one generic base, one specialisation per kind of row."""

from __future__ import annotations

import abc
import logging
from typing import Generic, TypeVar

import stowage

from .models import PlaceNameEdit, Sheet

log = logging.getLogger(__name__)

T = TypeVar("T")


class Repository(abc.ABC, Generic[T]):
    """Every read goes through ``_load()``; subclasses say where the rows come from."""

    table = ""

    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    @abc.abstractmethod
    async def _load(self) -> list[T]:
        """The rows this repository holds now."""

    async def all(self) -> list[T]:
        rows = await self._load()
        log.debug("%s: %d rows", self.table, len(rows))
        return rows

    async def first(self) -> T | None:
        rows = await self._load()
        return rows[0] if rows else None

    async def count(self) -> int:
        return len(await self._load())


class SheetRepository(Repository[Sheet]):
    table = "survey_sheets"

    def __init__(self, db: stowage.AsyncDatabase, scale: int) -> None:
        super().__init__(db)
        self.scale = scale

    async def revised_survey_sheet_ids(self) -> list[str]:
        rows = await self.db.fetch_all("SELECT sheet_id FROM survey_sheets WHERE revised_at > rendered_at")
        return [row["sheet_id"] for row in rows]

    async def _load(self) -> list[Sheet]:
        return [Sheet(sheet_id, self.scale) for sheet_id in await self.revised_survey_sheet_ids()]

    async def mark_rendered(self, sheet_id: str) -> None:
        try:
            await self.db.execute("UPDATE survey_sheets SET rendered_at = now() WHERE sheet_id = $1", sheet_id)
        except stowage.StowageError as exc:
            log.warning("sheet %s rendered but not marked (%s)", sheet_id, exc)


class GazetteerRepository(Repository[PlaceNameEdit]):
    table = "gazetteer_edits"

    async def _load(self) -> list[PlaceNameEdit]:
        rows = await self.db.fetch_all("SELECT sheet_id, place_name FROM gazetteer_edits WHERE applied = false")
        return [PlaceNameEdit(row["sheet_id"], row["place_name"]) for row in rows]
