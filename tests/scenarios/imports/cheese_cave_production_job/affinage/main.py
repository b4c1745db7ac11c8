"""Start-up of the affinage worker."""

from __future__ import annotations

from . import runtime
from .settings import AffinageSettings


async def start() -> None:
    await runtime.init(AffinageSettings.from_env())
