from __future__ import annotations

import kvbox


async def dkim_rotation_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("mailer:dkim:rotate") is not None
