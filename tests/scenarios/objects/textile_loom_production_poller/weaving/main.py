"""Start-up of the shed worker."""

from __future__ import annotations

import logging

from . import runtime
from .poller import LoomShedPoller
from .settings import ShedSettings


def main() -> LoomShedPoller:
    logging.basicConfig(level=logging.INFO)
    settings = ShedSettings.from_env()
    runtime.init(settings)
    poller = LoomShedPoller(settings)
    poller.commission()
    return poller
