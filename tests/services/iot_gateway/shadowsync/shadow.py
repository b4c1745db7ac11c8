"""The shadow box: one per gateway process."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class ShadowBox:
    """The platform's container stub for the shadow store."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


class ShadowTarget(NamedTuple):
    region: str
    box: Any


_target: ShadowTarget | None = None


def attach_shadow_box(region: str) -> ShadowBox:
    return ShadowBox()


def init_shadow(region: str) -> None:
    global _target
    _target = ShadowTarget(region, attach_shadow_box(region))


def current_target() -> ShadowTarget:
    if _target is None:
        raise LookupError("init_shadow() has not run")
    return _target


@contextlib.contextmanager
def shadow_session(box: Any) -> Iterator[Any]:
    box.fetch("/session", method="POST")
    try:
        yield box
    finally:
        box.fetch("/session", method="DELETE")


class FirmwareStage:
    def __init__(self, box: Any, version: str) -> None:
        self.box = box
        self.version = version

    def __enter__(self) -> FirmwareStage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.box.fetch("/firmware/stage", method="POST", json={"version": self.version})
