"""The daemon's runtime: one per process, installed by main()."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .catalog import ZoneCatalog
from .settings import SignerSettings


@dataclass
class SignerRuntime:
    settings: SignerSettings
    catalog: ZoneCatalog
    box: Any


_runtime: SignerRuntime | None = None


def install(runtime: SignerRuntime) -> None:
    global _runtime
    _runtime = runtime


def runtime() -> SignerRuntime:
    if _runtime is None:
        raise LookupError("main() has not installed the runtime")
    return _runtime
