"""The procedures the stillmen follow, as context managers."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import stowage

from .ledger import SpiritSample

log = logging.getLogger(__name__)


@contextlib.contextmanager
def still_run(still: Any) -> Iterator[Any]:
    still.post("/run/start")  # expect: WC001
    try:
        yield still
    finally:
        still.post("/run/stop")  # expect: WC001


@contextlib.contextmanager
def spirit_cut(still: Any) -> Iterator[Any]:
    still.post("/cut/open")
    yield still
    still.post("/cut/close")


@contextlib.contextmanager
def quarantine_on_failure(still: Any) -> Iterator[None]:
    try:
        yield
    except stowage.StowageError:
        still.post("/run/quarantine")  # expect: WC001
        raise


@contextlib.contextmanager
def sampling(still_name: str) -> Iterator[SpiritSample]:
    sample = SpiritSample(still_name)
    yield sample
    log.info("sample from %s: %s", still_name, sample.abv)


@contextlib.asynccontextmanager
async def warehouse_lock(warehouse: Any) -> AsyncIterator[Any]:
    await warehouse.fetch("/inventory/lock", method="POST")  # expect: WC001
    yield warehouse
    await warehouse.fetch("/inventory/unlock", method="POST")  # expect: WC001


@contextlib.asynccontextmanager
async def bottling_run(warehouse: Any, cask_id: str) -> AsyncIterator[None]:
    await warehouse.fetch(f"/bottling/{cask_id}/start", method="POST")
    try:
        yield
    finally:
        await warehouse.fetch(f"/bottling/{cask_id}/stop", method="POST")


@contextlib.asynccontextmanager
async def excise_seal(warehouse: Any) -> AsyncIterator[Any]:
    yield warehouse
    await warehouse.fetch("/excise/seal", method="POST")  # expect: WC002
