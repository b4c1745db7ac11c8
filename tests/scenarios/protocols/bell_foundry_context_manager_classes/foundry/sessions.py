"""The foundry's context managers."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class FurnaceSession:
    """Opens a furnace session for the block and closes it however the block ends."""

    def __init__(self, furnace: Any) -> None:
        self.furnace = furnace

    async def __aenter__(self) -> Any:
        await self.furnace.fetch("/session/open", method="POST")  # expect: WC001
        return self.furnace

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        await self.furnace.fetch("/session/close", method="POST")  # expect: WC001
        return False


class PitAbortOnError:
    """Tells the casting pit to abort if the block raises; a clean block leaves it alone."""

    def __init__(self, pit: Any) -> None:
        self.pit = pit

    async def __aenter__(self) -> PitAbortOnError:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        if exc_type is not None:
            log.warning("pit check failed: %s", exc)
            await self.pit.fetch("/pit/abort", method="POST")  # expect: WC001
        return False


class PourWindow:
    """Preheats the ladle for a pour and parks it afterwards."""

    def __init__(self, ladle: Any) -> None:
        self.ladle = ladle

    async def __aenter__(self) -> Any:
        await self.ladle.fetch("/ladle/preheat", method="POST")
        return self.ladle

    async def __aexit__(self, *exc_info: object) -> None:
        await self.ladle.fetch("/ladle/park", method="POST")


class TuningSession:
    def __init__(self, lathe: Any) -> None:
        self.lathe = lathe

    async def __aenter__(self) -> Any:
        return self.lathe

    async def __aexit__(self, *exc_info: object) -> None:
        await self.lathe.set_env_var("LATHE_PROFILE", "default")  # expect: WC002


class CrucibleLease:
    """Leases a crucible for the block; the lease book is the foundry's own."""

    def __init__(self, crucible: Any, book: list[str]) -> None:
        self.crucible = crucible
        self.book = book

    def __enter__(self) -> Any:
        self.book.append("leased")
        return self.crucible

    def __exit__(self, *exc_info: object) -> None:
        self.book.append("returned")
