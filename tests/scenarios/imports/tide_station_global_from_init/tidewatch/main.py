"""Worker start-up."""

from __future__ import annotations

import logging

from . import runtime
from .settings import TideSettings


def start() -> None:
    logging.basicConfig(level=logging.INFO)
    runtime.init(TideSettings.from_env())
