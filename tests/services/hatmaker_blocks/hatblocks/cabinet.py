"""The steam cabinet container and the helpers that reach it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SteamCabinetBox:
    """The platform's stub for the steam-cabinet container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def label(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_steam_cabinet(room: str) -> SteamCabinetBox:
    log.info("summoning the steam cabinet for %s", room)
    return SteamCabinetBox()


def _block_request(client: Any, block: str, **kwargs: Any) -> Any:
    if kwargs.pop("dry_run", False):
        log.info("dry run: would press on the %s block with %s", block, sorted(kwargs))
        return None
    return client.fetch(f"/blocks/{block}/press", method="POST", **kwargs)


def press_block(ctx: dict[str, Any], block: str, **kwargs: Any) -> Any:
    kwargs.setdefault("timeout", ctx["settings"].gauge_timeout * 2)
    log.debug("pressing on %s in %s", block, ctx["client"].label())
    return _block_request(ctx["client"], block, **kwargs)


def _gauge_request(client: Any, **kwargs: Any) -> Any:
    return client.fetch("/cabinet/pressure", **kwargs)


def read_pressure(ctx: dict[str, Any], **kwargs: Any) -> Any:
    kwargs["timeout"] = kwargs.get("timeout", ctx["settings"].gauge_timeout)
    return _gauge_request(ctx["client"], method="GET", **kwargs)
