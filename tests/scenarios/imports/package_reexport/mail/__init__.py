"""The mail package re-exports its public helpers."""
from .delivery import announce, deliver_pending_mail

__all__ = ["announce", "deliver_pending_mail"]
