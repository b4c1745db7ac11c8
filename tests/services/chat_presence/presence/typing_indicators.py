from __future__ import annotations

from typing import Any


class TypingIndicatorMixin:
    _box: Any
    room_id: str

    async def flush_typing(self) -> None:
        await self._box.fetch(f"/rooms/{self.room_id}/typing/flush", method="POST")
