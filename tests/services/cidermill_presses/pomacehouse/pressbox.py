"""The press container and the context every callback is handed."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .ledger import PressLedger
from .settings import CiderMillSettings

log = logging.getLogger(__name__)


class CiderPressBox:
    """The platform's container stub for the press controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def cidermill_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def hire_press_box(mill: str) -> CiderPressBox:
    log.info("hiring the press box of %s", mill)
    return CiderPressBox()


@dataclass
class MillContext:
    box: Any
    ledger: PressLedger
    settings: CiderMillSettings
