"""The press container, its factory, and the clients (built by a builder) that reach it."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class PressBox:
    """The platform's stub for the press-hall controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def press_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_press_box(site: str) -> PressBox:
    log.info("summoning the press box for %s", site)
    return PressBox()


class PressClient:
    """Holds a box given by the builder, or summons one on first use."""

    def __init__(self, site: str, box: PressBox | None, retries: int) -> None:
        self.site = site
        self._box = box
        self.retries = retries

    @property
    def box(self) -> PressBox:
        if self._box is None:
            log.debug("press client for %s summons its box lazily", self.site)
            self._box = summon_press_box(self.site)
        return self._box

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.box.fetch(path, method="POST", **kwargs)


class PressClientBuilder:
    def __init__(self, site: str = "", box: PressBox | None = None, retries: int = 1) -> None:
        self._site = site
        self._box = box
        self._retries = retries

    def for_site(self, site: str) -> PressClientBuilder:
        self._site = site
        return self

    def with_box(self, box: PressBox) -> PressClientBuilder:
        self._box = box
        return self

    def with_retries(self, retries: int) -> PressClientBuilder:
        return PressClientBuilder(self._site, self._box, retries)

    def build(self) -> PressClient:
        return PressClient(self._site, self._box, self._retries)


class DieInspector:
    """The inspection rig is a separate box, summoned the first time it is needed."""

    def __init__(self, site: str) -> None:
        self.site = site

    @functools.cached_property
    def rig(self) -> PressBox:
        return summon_press_box(f"{self.site}-inspection")
