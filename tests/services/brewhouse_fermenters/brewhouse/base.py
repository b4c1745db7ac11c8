"""The plugin base: every concrete plugin registers itself by name."""

from __future__ import annotations

import abc
import logging
from typing import Any, ClassVar

from .ledger import FermentLedger
from .settings import BrewSettings

log = logging.getLogger(__name__)


class VatPlugin(abc.ABC):
    plugins: ClassVar[dict[str, type[VatPlugin]]] = {}
    plugin_name: ClassVar[str] = ""

    def __init_subclass__(cls, plugin_name: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if plugin_name is not None:
            cls.plugin_name = plugin_name
            VatPlugin.plugins[plugin_name] = cls

    def __init__(self, vessel: str, box: Any, ledger: FermentLedger) -> None:
        self.vessel = vessel
        self.box = box
        self.ledger = ledger

    @classmethod
    def from_settings(cls, settings: BrewSettings, lease: Any, ledger: FermentLedger) -> VatPlugin:
        return cls(settings.vessel, lease.box, ledger)

    def tick_once(self) -> None:
        if not self.should_run():
            log.debug("plugin %s skipped on %s", self.plugin_name, self.vessel)
            return
        self.run()

    def should_run(self) -> bool:
        return True

    @abc.abstractmethod
    def run(self) -> None:
        log.debug("plugin %s running on %s", self.plugin_name, self.vessel)
