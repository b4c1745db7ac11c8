"""A fake SQL client (sync and async): a query returns zero or one row, a count 0 or 2."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

from choicepoint import choose

__all__ = ["AsyncDatabase", "Database", "Row", "StowageError", "connect", "connect_async"]


class StowageError(Exception):
    """A query failed."""


class Row(dict):  # type: ignore[type-arg]
    """A result row: every column holds a fixed text, ``<column>-1``."""

    def __missing__(self, key: str) -> str:
        return f"{key}-1"


def _short(query: str) -> str:
    return " ".join(query.split())[:50]


def _rows(query: str) -> list[Row]:
    return [Row() for _ in range(choose(f"rows of {_short(query)}", (0, 1)))]


def _one(query: str) -> Row | None:
    return choose(f"row of {_short(query)}", (None, Row()))


def _value(query: str) -> int:
    return choose(f"value of {_short(query)}", (0, 2))


def _execute(query: str) -> int:
    if choose(f"execute {_short(query)}", ("ok", "fail")) == "fail":
        raise StowageError(f"failed: {_short(query)}")
    return 1


class Database:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def fetch_all(self, query: str, *params: Any) -> list[Row]:
        return _rows(query)

    def fetch_one(self, query: str, *params: Any) -> Row | None:
        return _one(query)

    def fetch_value(self, query: str, *params: Any) -> int:
        return _value(query)

    def fetch_into(self, query: str, out: list[Row], *params: Any) -> int:
        """Append the result rows (zero or one) to ``out``; return how many were appended."""
        rows = _rows(query)
        out.extend(rows)
        return len(rows)

    def execute(self, query: str, *params: Any) -> int:
        return _execute(query)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        yield self

    def close(self) -> None:
        pass


class AsyncDatabase:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    async def fetch_all(self, query: str, *params: Any) -> list[Row]:
        return _rows(query)

    async def fetch_one(self, query: str, *params: Any) -> Row | None:
        return _one(query)

    async def fetch_value(self, query: str, *params: Any) -> int:
        return _value(query)

    async def execute(self, query: str, *params: Any) -> int:
        return _execute(query)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncDatabase]:
        yield self

    async def close(self) -> None:
        pass


def connect(dsn: str) -> Database:
    return Database(dsn)


async def connect_async(dsn: str) -> AsyncDatabase:
    return AsyncDatabase(dsn)
