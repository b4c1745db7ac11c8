"""Uploads soundings and markers to the probe gateway."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SoundingUploader:
    def __init__(self, box: Any, station: str) -> None:
        self._box = box
        self._station = station

    async def upload_all(self) -> int:
        return await self._post_batch("latest")

    async def write_marker(self, kind: str) -> int:
        return await self._post_batch(f"markers/{kind}")

    async def _post_batch(self, batch: str) -> int:
        reply = await self._send(f"/soundings/{batch}", {"station": self._station})
        return 1 if reply.ok else 0

    async def _send(self, path: str, body: dict[str, Any]) -> Any:
        return await self._box.fetch(path, method="POST", json=body)
