"""The hydrograph container (rating curves, trend plots, the flood desk) and the links that reach it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WeirgaugeBox:
    """The platform's stub for the hydrograph container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def weirgauge_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_weirgauge_box(pool: str) -> WeirgaugeBox:
    log.info("summoning the hydrograph box of pool %s", pool)
    return WeirgaugeBox()


class HydroLink:
    """One pool's box, summoned on first use."""

    def __init__(self, pool: str = "hydro-a") -> None:
        self.pool = pool
        self._box: WeirgaugeBox | None = None

    def configure(self, pool: str) -> None:
        self.pool = pool
        self._box = None

    @property
    def box(self) -> WeirgaugeBox:
        if self._box is None:
            self._box = summon_weirgauge_box(self.pool)
        return self._box

    @staticmethod
    def path_for(kind: str, ident: str = "") -> str:
        return f"/hydro/{kind}/{ident}" if ident else f"/hydro/{kind}"


# The receivers' link: made at import, pointed at the configured pool by ``setup()``.
hydrograph = HydroLink()
