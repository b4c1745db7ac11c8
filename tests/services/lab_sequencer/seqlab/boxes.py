"""The analysis container attached to a sequencer."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SequencerBox:
    """The platform's container stub for the secondary-analysis pipeline."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def mount_sequencer_box(instrument: str) -> SequencerBox:
    log.info("mounting analysis box for %s", instrument)
    return SequencerBox()
