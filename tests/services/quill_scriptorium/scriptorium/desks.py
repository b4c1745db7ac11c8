"""Copying desks: a base desk, the copyist's, and the rubricator's (a copyist working in red)."""

from __future__ import annotations

import logging

from .boxes import ScribeClient

log = logging.getLogger(__name__)


class ScriptoriumDesk:
    def __init__(self, name: str, *, lamp_hours: int = 2) -> None:
        self.name = name
        self.lamp_hours = lamp_hours
        self.readied = 0

    def ready(self, client: ScribeClient) -> None:
        client.light_lamp(self.name, hours=self.lamp_hours)
        self.readied += 1


class CopyingDesk(ScriptoriumDesk):
    def __init__(self, name: str, *, lamp_hours: int = 2, quills: int = 6) -> None:
        super().__init__(name, lamp_hours=lamp_hours)
        self.quills = quills

    def ready(self, client: ScribeClient) -> None:
        self._trim_quills()
        super().ready(client)
        log.debug("copying desk %s ready with %d quills", self.name, self.quills)

    def _trim_quills(self) -> None:
        self.quills = max(self.quills - 1, 1)


class RubricationDesk(CopyingDesk):
    """Rubricators work by the window: no lamp, but the daylight is checked every bell."""

    def ready(self, client: ScribeClient) -> None:
        client.box.fetch(f"/desks/{self.name}/daylight", method="GET", **client.defaults)
        self.readied += 1
