"""The permit-rendering container and the memoised clients that reach it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class TidepoolPermitBox:
    """The platform's stub for the permit-rendering container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def hail_permit_box(region: str) -> TidepoolPermitBox:
    log.info("hailing the permit box in %s", region)
    return TidepoolPermitBox()


class PermitSession:
    __slots__ = ("region", "box")

    def __init__(self, region: str) -> None:
        self.region = region
        self.box = hail_permit_box(region)


class PermitClient:
    __slots__ = ("name", "_session", "region")

    def __init__(self, name: str, region: str) -> None:
        self.name = name
        self.region = region
        self._session: PermitSession | None = None

    @property
    def session(self) -> PermitSession:
        if self._session is None:
            self._session = PermitSession(self.region)
        return self._session

    @staticmethod
    def path_for(kind: str, permit_id: str = "") -> str:
        return f"/permits/{kind}/{permit_id}" if permit_id else f"/permits/{kind}"


_clients: dict[str, PermitClient] = {}


def get_permit_client(name: str, region: str) -> PermitClient:
    if name not in _clients:
        _clients[name] = PermitClient(name, region)
    return _clients[name]
