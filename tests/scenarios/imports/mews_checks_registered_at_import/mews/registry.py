"""Registries the check modules fill when they are imported."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import kvbox

from .records import MewsRecords


@dataclass
class CheckContext:
    aviary: Any
    records: MewsRecords
    cache: kvbox.AsyncCache


MewsCheck = Callable[[CheckContext], Awaitable[None]]

MEWS_CHECKS: list[MewsCheck] = []
FLIGHT_DAY_CHECKS: list[MewsCheck] = []


def mews_check(func: MewsCheck) -> MewsCheck:
    MEWS_CHECKS.append(func)
    return func


def on_flight_day(func: MewsCheck) -> MewsCheck:
    FLIGHT_DAY_CHECKS.append(func)
    return func
