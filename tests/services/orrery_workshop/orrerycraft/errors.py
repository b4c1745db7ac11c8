"""The workshop's own failures."""

from __future__ import annotations


class InvalidWorkshopSettings(ValueError):
    """The environment configured the bench with settings it cannot calibrate with."""


class EscapementJam(Exception):
    """The escapement did not answer the probe."""


class OrreryNotMounted(LookupError):
    """No orrery is mounted on the bench."""
