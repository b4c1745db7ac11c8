"""The farm: what one bay has, and the operations that talk to its slicer box."""

from __future__ import annotations

import logging
from typing import Any

from .registry import FarmRegistry, firmware_bundle_published
from .settings import FarmSettings

log = logging.getLogger(__name__)


class PrintFarm:
    def __init__(self, settings: FarmSettings, registry: FarmRegistry, box: Any) -> None:
        self.settings = settings
        self.registry = registry
        self.box = box

    def warm_nozzles(self) -> None:
        if self.registry.printers_busy() is False:
            return
        self.box.fetch("/nozzles/warm", method="POST", json={"c": self.settings.nozzle_temp_c})

    def cool_down(self) -> None:
        if self.registry.printers_busy() is not True:
            self.box.fetch("/enclosures/cool-down", method="POST")

    def resume_paused(self) -> None:
        if self.registry.printers_busy() == False or "paused" not in self.registry.active_states():  # noqa: E712
            return
        self.box.fetch("/printers/resume-paused", method="POST")

    def flash_firmware(self) -> None:
        if firmware_bundle_published(self.registry.cache):
            self.box.set_env_var("FIRMWARE_BUNDLE", "latest")
