"""Module-level gate actions, pipeline step factories and the gate-order coroutine."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator

from .records import GateOrder, WeirLevel
from .weirbox import MarshWeirBox

log = logging.getLogger(__name__)

Step = Callable[[tuple[WeirLevel, ...]], tuple[WeirLevel, ...]]


def open_gate(box: MarshWeirBox, weir: str) -> None:
    box.fetch(f"/weirs/{weir}/gate", method="POST", json={"open": True})


def hold_gate(box: MarshWeirBox, weir: str) -> None:
    log.debug("holding the gate of %s", weir)


GATE_ACTIONS: dict[str, Callable[[MarshWeirBox, str], None]] = {f.__name__: f for f in (open_gate, hold_gate)}


def post_notice(box: MarshWeirBox, path: str, payload: dict[str, object]) -> None:
    box.fetch(path, method="POST", json=payload)


def make_publisher(box: MarshWeirBox) -> Callable[[str], Step]:
    def publish_for(prefix: str) -> Step:
        def publish(levels: tuple[WeirLevel, ...]) -> tuple[WeirLevel, ...]:
            box.set_env_var(f"{prefix}_HIGHEST", str(max((level.level_cm for level in levels), default=0)))
            return levels

        return publish

    return publish_for


def make_surveyor(box: MarshWeirBox) -> Step:
    def survey(levels: tuple[WeirLevel, ...]) -> tuple[WeirLevel, ...]:
        box.fetch("/marsh/survey", method="POST", json={"levels": [level.label() for level in levels]})
        return levels

    return survey


def gate_worker(box: MarshWeirBox) -> Generator[int, GateOrder | None, int]:
    opened = 0
    while True:
        order = yield opened
        if order is None:
            return opened
        box.fetch(order.path(), method="POST", json={"order": order.order_id})
        opened += 1


def order_sink(box: MarshWeirBox) -> Generator[int, GateOrder | None, int]:
    total = yield from gate_worker(box)
    log.info("gate-order sink closed after %d orders", total)
    return total
