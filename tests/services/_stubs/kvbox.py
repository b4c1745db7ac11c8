"""A fake key-value cache (sync and async): a read finds a value or nothing."""

from __future__ import annotations

from choicepoint import choose

__all__ = ["AsyncCache", "Cache"]


class Cache:
    def __init__(self, url: str) -> None:
        self.url = url

    def get(self, key: str) -> str | None:
        return choose(f"cache {key}", (None, "1"))

    def set(self, key: str, value: str, ttl: int | None = None) -> None:
        pass

    def delete(self, key: str) -> None:
        pass


class AsyncCache:
    def __init__(self, url: str) -> None:
        self.url = url

    async def get(self, key: str) -> str | None:
        return choose(f"cache {key}", (None, "1"))

    async def set(self, key: str, value: str, ttl: int | None = None) -> None:
        pass

    async def delete(self, key: str) -> None:
        pass
