"""The press-line container: the platform binds it to the glue press controller."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class BinderyBox:
    """The platform's stub for the press-line container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def summon_bindery_box(line: str) -> BinderyBox:
    log.info("summoning the press-line box for %s", line)
    return BinderyBox()
