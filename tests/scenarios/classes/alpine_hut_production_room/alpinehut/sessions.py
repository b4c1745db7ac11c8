"""Sessions on the hut's units."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any


@contextlib.asynccontextmanager
async def radio_session(radio: Any) -> AsyncIterator[Any]:
    await radio.fetch("/radio/key-up", method="POST")  # expect: WC001
    try:
        yield radio
    finally:
        await radio.fetch("/radio/key-down", method="POST")  # expect: WC001


@contextlib.asynccontextmanager
async def generator_running(utility: Any) -> AsyncIterator[None]:
    await utility.fetch("/generator/start", method="POST")
    yield
    await utility.fetch("/generator/stop", method="POST")
