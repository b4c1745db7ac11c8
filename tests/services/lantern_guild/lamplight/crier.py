"""The guild crier: the only service that talks to the wick box."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class GuildCrier:
    def __init__(self, box: Any, city: str) -> None:
        self.box = box
        self.city = city

    async def muster(self, city: str) -> None:
        log.info("mustering the guild of %s at box %s", city, self.box.wick_serial())
        await self.box.fetch("/guild/muster", method="POST", json={"city": city})

    async def relight(self, ward: str, posts: tuple[str, ...]) -> None:
        await self.box.fetch(f"/wards/{ward}/relight", method="POST", json={"posts": list(posts)})

    async def light_fog_lamps(self, harbour: str) -> None:
        await self.box.fetch(f"/harbours/{harbour}/fog-lamps", method="PUT")

    async def douse_fog_lamps(self, harbour: str) -> None:
        await self.box.fetch(f"/harbours/{harbour}/fog-lamps", method="DELETE")

    async def check_ladders(self, round_no: int) -> None:
        await self.box.fetch("/crews/aloft", method="GET", params={"round": round_no})

    async def report_relit(self, count: int) -> None:
        await self.box.fetch("/guild/relit", method="POST", json={"count": count})

    async def ring_round(self, round_no: int) -> None:
        await self.box.fetch("/guild/bell", method="POST", json={"round": round_no, "city": self.city})
