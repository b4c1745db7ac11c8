"""The vault controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import IcehouseSettings

log = logging.getLogger(__name__)


class VaultControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_vault_controller(settings: IcehouseSettings) -> VaultControllerStub:
    log.info("vault controller %s", settings.controller_image)
    return VaultControllerStub(settings.controller_image)
