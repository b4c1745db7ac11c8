"""The truing stand: the platform's container, raised once per process."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WheelShopError(Exception):
    """Something the shop declined to do."""


class TruingStandBox:
    """The platform's stub for the truing-stand container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def stand_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def raise_truing_stand(bay: str) -> TruingStandBox:
    log.info("raising the truing stand in %s", bay)
    return TruingStandBox()


_stand: Any = None


def install_truing_stand(bay: str) -> None:
    global _stand
    _stand = raise_truing_stand(bay)


def truing_stand() -> Any:
    if _stand is None:
        raise WheelShopError("install_truing_stand() has not run")
    return _stand
