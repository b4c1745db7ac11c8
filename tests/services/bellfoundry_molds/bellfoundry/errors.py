"""The foundry's own exceptions."""

from __future__ import annotations


class FoundryError(Exception):
    """Something the poller decided not to do."""


class CastingFault(FoundryError):
    """The crucible refused a pour or a cast."""
