"""The quarry's domain: capabilities, models, the blast ledger and the service registry."""

from .caps import FragCaps
from .registry import lookup, register

__all__ = ["FragCaps", "lookup", "register"]
