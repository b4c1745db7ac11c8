"""The farm's turbine links and the generators that walk them."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .records import GenerationRecords, IcingAlert

log = logging.getLogger(__name__)


@dataclass
class TurbineLink:
    turbine_id: str
    box: Any
    enabled: bool


class Fleet:
    def __init__(self, links: list[TurbineLink]) -> None:
        self.links = links

    def online(self) -> Iterator[TurbineLink]:
        for link in self.links:
            if link.enabled:
                yield link

    def boxes(self) -> Iterator[Any]:
        return (link.box for link in self.online())

    def iced(self, alerts: Iterable[IcingAlert]) -> Iterator[tuple[TurbineLink, IcingAlert]]:
        by_id = {link.turbine_id: link for link in self.links}
        for alert in alerts:
            link = by_id.get(alert.turbine_id)
            if link is not None:
                yield link, alert

    async def generating(self, records: GenerationRecords) -> AsyncIterator[TurbineLink]:
        if not await records.turbines_generating():
            return
        for link in self.online():
            yield link
