"""The furnace container, the link that opens it lazily, and the descriptor that reads it."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class GloryBox:
    """The platform's container stub for the furnace controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def furnace_tag(self) -> str:
        raise NotImplementedError("bound by the platform")


def kindle_furnace_box(studio: str, port: str) -> GloryBox:
    log.info("kindling the furnace box of %s (%s port)", studio, port)
    return GloryBox()


class FurnaceLink:
    """One port of the furnace; the container is opened on first use and kept."""

    def __init__(self, studio: str, port: str) -> None:
        self.studio = studio
        self.port = port

    @functools.cached_property
    def box(self) -> GloryBox:
        return kindle_furnace_box(self.studio, self.port)

    def __repr__(self) -> str:
        return f"FurnaceLink({self.studio!r}, {self.port!r})"


class LinkedBox:
    """``glory_box = LinkedBox("glory")`` on a class reads ``self._links["glory"].box``."""

    def __init__(self, port: str) -> None:
        self.port = port
        self.name = port

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = f"{owner.__name__}.{name}"

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return obj._links[self.port].box

    def __repr__(self) -> str:
        return f"<LinkedBox {self.name} on the {self.port} port>"
