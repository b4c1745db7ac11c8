"""Closures over the press built at start-up, and the press session."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from .ledger import PressLedger

log = logging.getLogger(__name__)


def make_cloth_rinser(box: Any, litres: int) -> Callable[[], None]:
    rinsed = 0

    def rinse() -> None:
        nonlocal rinsed
        rinsed += 1
        box.fetch("/cloths/rinse", method="POST", json={"litres": litres, "n": rinsed})

    return rinse


def make_keeve_racker(box: Any, ledger: PressLedger) -> Callable[[], None]:
    def rack_all() -> None:
        for keeve in ledger.unracked_keeves():
            box.fetch(f"/keeves/{keeve.keeve_id}/rack", method="POST", json={"gravity": keeve.gravity})

    return rack_all


@contextlib.contextmanager
def press_session(box: Any, ledger: PressLedger) -> Iterator[Any]:
    """The press, opened for a session, or ``None`` when there is nothing to press."""
    if not ledger.mill_has_pressings():
        yield None
        return
    box.fetch("/session/open", method="POST")
    yield box
    log.debug("press session closed")


def make_settling_pair(box: Any, ledger: PressLedger) -> tuple[Callable[[], None], Callable[[], None]]:
    """``arm`` notes a pressing in progress; ``settle`` asks the press to settle the
    juice once, on the tick after one was seen. They share one ``armed`` cell."""
    armed = False

    def arm() -> None:
        nonlocal armed
        if ledger.mill_has_pressings():
            armed = True

    def settle() -> None:
        nonlocal armed
        if armed:
            armed = False
            box.fetch("/juice/settle", method="POST")

    return arm, settle


def make_lazy_sampler(mill: str, opener: Callable[[str], Any]) -> Callable[[], Any]:
    """The sampling press is hired the first time someone asks for it, then kept."""
    sampler = None

    def get() -> Any:
        nonlocal sampler
        if sampler is None:
            sampler = opener(f"{mill}-sampler")
        return sampler

    return get
