"""Importing this package registers every check."""

from . import flights, health, perches

__all__ = ["flights", "health", "perches"]
