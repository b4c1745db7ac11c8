"""What the tasks share in the worker process, set once by ``boot()``."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox

from .console import VatConsole
from .errors import TanneryError
from .repo import VatRepository


@dataclass
class TanneryServices:
    site: str
    repo: VatRepository
    console: VatConsole
    cache: kvbox.Cache


_services: TanneryServices | None = None


def install(services: TanneryServices) -> None:
    global _services
    _services = services


def services() -> TanneryServices:
    if _services is None:
        raise TanneryError("the vat-house worker has not booted")
    return _services
