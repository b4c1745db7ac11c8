"""Delivers device commands through the shadow box; configured once by the framework."""

from __future__ import annotations

from typing import Any, ClassVar

from .devices import DeviceCommand


class CommandRelay:
    box: ClassVar[Any] = None

    @classmethod
    def configure(cls, box: Any) -> None:
        cls.box = box

    def deliver(self, command: DeviceCommand) -> None:
        type(self).box.fetch(f"/devices/{command.device_id}/commands", method="POST", json={"c": command.command})
