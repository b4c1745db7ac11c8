"""Adapters to the outside: the fragmentation box gateway and the report outbox."""

from .gateway import *  # noqa: F403 - the gateway's public names, as its __all__ says
from .outbox import ReportOutbox

__all__ = [*gateway.__all__, "ReportOutbox"]  # noqa: F405
