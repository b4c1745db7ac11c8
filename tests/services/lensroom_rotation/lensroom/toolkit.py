"""Async functional helpers and the lamp's dispatch table."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from .lensbox import LensroomBox

log = logging.getLogger(__name__)

AsyncFn = Callable[..., Awaitable[Any]]


def acompose(f: AsyncFn, g: AsyncFn) -> AsyncFn:
    async def composed(value: Any) -> Any:
        return await f(await g(value))

    return composed


async def run_soon(fn: AsyncFn, *args: Any) -> Any:
    log.debug("running %r", fn)
    return await fn(*args)


def make_pusher(box: LensroomBox, path: str) -> Callable[[dict[str, object]], Awaitable[None]]:
    async def push(payload: dict[str, object]) -> None:
        await box.fetch(path, method="PUT", json=payload)

    return push


async def rotate_lamp(box: LensroomBox, site: str) -> None:
    await box.fetch(f"/lamps/{site}/rotate", method="POST")


async def dim_lamp(box: LensroomBox, site: str) -> None:
    log.info("lamp of %s stays dimmed", site)


LAMP_ACTIONS: dict[str, Callable[[LensroomBox, str], Awaitable[None]]] = {name: fn for name, fn in (("rotate", rotate_lamp), ("dim", dim_lamp))}
