"""The illumination container and the one client per process that reaches it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class IlluminationBox:
    """The platform's stub for the illumination container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_illumination_box(abbey: str) -> IlluminationBox:
    log.info("summoning the illumination box for %s", abbey)
    return IlluminationBox()


class ScribeClient:
    """Wraps the box; request defaults given to ``get_client`` apply to every call."""

    def __init__(self, box: IlluminationBox, *, abbey: str, timeout: float = 30.0, **defaults: Any) -> None:
        self.box = box
        self.abbey = abbey
        self.timeout = timeout
        self.defaults = defaults

    def _merged(self, options: dict[str, Any]) -> dict[str, Any]:
        return {"timeout": self.timeout, **self.defaults, **options}

    def stir_ink(self, batch_id: str, *, vigour: str = "gentle", **options: Any) -> Any:
        return self.box.fetch(f"/ink/{batch_id}/stir", method="POST", json={"vigour": vigour}, **self._merged(options))

    def discard_ink(self, *, reason: str = "spoiled", batches: int = 1, **options: Any) -> Any:
        return self.box.fetch("/ink/spoiled", method="DELETE", json={"reason": reason, "batches": batches}, **self._merged(options))

    def light_lamp(self, desk: str, *, hours: int = 2, **options: Any) -> Any:
        return self.box.fetch(f"/desks/{desk}/lamp", method="PUT", json={"hours": hours}, **self._merged(options))

    def file_record(self, bell: int, *, folios: int = 0, **options: Any) -> Any:
        return self.box.fetch("/records", method="POST", json={"bell": bell, "folios": folios}, **self._merged(options))

    def reserve_gold(self, folio_id: str, *, leaves: int = 1, **options: Any) -> Any:
        return self.box.fetch(f"/gold/{folio_id}", method="POST", json={"leaves": leaves}, **self._merged(options))

    def commission_gospel(self, feast: str, *, scribes: int = 4, **options: Any) -> Any:
        return self.box.fetch("/commissions", method="POST", json={"feast": feast, "scribes": scribes}, **self._merged(options))

    def close(self) -> None:
        log.info("closing the illumination session for %s", self.abbey)
        self.box.fetch("/sessions/current", method="DELETE")


_client: ScribeClient | None = None


def get_client(*, abbey: str = "lindisfarne", **options: Any) -> ScribeClient:
    """The process's client, made on first use."""
    global _client
    if _client is None:
        _client = ScribeClient(summon_illumination_box(abbey), abbey=abbey, **options)
    return _client


def close_client() -> None:
    global _client
    if _client is not None:
        _client.close()
        _client = None
