"""A fake field-sensor bus (async): a poll answers a low or a high value; a settle answers or never does."""

from __future__ import annotations

import asyncio

from choicepoint import choose

__all__ = ["SensorHub"]


class SensorHub:
    def __init__(self, url: str) -> None:
        self.url = url

    async def poll(self, channel: str) -> float:
        """The channel's latest value: low (0.5) or high (6.5)."""
        return choose(f"sensor {channel}", (0.5, 6.5))

    async def settle(self, channel: str) -> float:
        """Wait until the channel's reading settles (41.0); a silent gauge never does: callers time out."""
        if choose(f"settle {channel}", ("answers", "silent")) == "silent":
            await asyncio.sleep(3600)
        return 41.0
