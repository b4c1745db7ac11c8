"""The press container and the client that speaks its protocol."""

from __future__ import annotations

import logging
from typing import Any

from .settings import WinerySettings

log = logging.getLogger(__name__)


class PressContainerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_press_container(settings: WinerySettings) -> PressContainerStub:
    return PressContainerStub(settings.press_image)


class PressClient:
    def __init__(self, container: Any) -> None:
        self._container = container

    async def heartbeat(self) -> None:
        await self._container.fetch("/heartbeat")  # expect: WC001

    async def start_cycle(self, lot: str, program: str) -> bool:
        resp = await self._container.fetch(f"/cycles/{lot}", method="POST", json={"program": program})
        return resp.ok

    async def rack_tank(self, tank: str) -> None:
        await self._container.fetch(f"/tanks/{tank}/rack", method="POST")

    async def rotate_credentials(self, token: str) -> None:
        await self._container.set_env_var("PRESS_TOKEN", token)  # expect: WC002
