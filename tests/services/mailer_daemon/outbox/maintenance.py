"""Small housekeeping steps, in the order they should run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator

from .runtime import get_cache, get_relay
from .settings import MailerSettings

Step = Callable[[], Awaitable[None]]


async def warm_templates() -> None:
    await get_relay().fetch("/templates/warm", method="POST")


async def purge_suppressed() -> None:
    await get_cache().delete("mailer:suppressed")


def maintenance_steps(settings: MailerSettings) -> Iterator[Step]:
    yield warm_templates
    if settings.purge_suppressed:
        yield purge_suppressed
