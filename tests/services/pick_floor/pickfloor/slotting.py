"""The slotting plan (which SKU lives where), shared by every floor through the cache."""

from __future__ import annotations

import kvbox


async def slotting_plan_revised(cache: kvbox.AsyncCache, floor: str) -> bool:
    return await cache.get(f"slotting:{floor}:revised") is not None


async def slotting_plan_version(cache: kvbox.AsyncCache, floor: str) -> str:
    return await cache.get(f"slotting:{floor}:version") or "v1"
