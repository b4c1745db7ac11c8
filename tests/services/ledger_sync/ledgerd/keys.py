"""Signing-key rotation state, shared by every ledger worker through the cache."""

from __future__ import annotations

import kvbox


async def ledger_key_rotating(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("ledger:key-rotation") is not None


async def next_signing_key(cache: kvbox.AsyncCache) -> str:
    return await cache.get("ledger:next-key") or "current"
