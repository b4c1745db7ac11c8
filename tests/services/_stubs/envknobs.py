"""Fake environment settings: texts and numbers are their defaults, switches a choice."""

from __future__ import annotations

from choicepoint import flag

__all__ = ["number", "switch", "text"]


def text(name: str, default: str = "") -> str:
    return default


def number(name: str, default: int) -> int:
    return default


def switch(name: str) -> bool:
    return flag(f"env {name}")
