"""Process-wide state, set once by ``init()`` at start-up."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .repo import OutboxRepo
from .settings import MailerSettings

log = logging.getLogger(__name__)

_relay: Any = None
_repo: OutboxRepo | None = None
_cache: kvbox.AsyncCache | None = None
_settings: MailerSettings | None = None


class RelayBox:
    """The platform's stub for the SMTP relay container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def open_relay_box(settings: MailerSettings) -> RelayBox:
    return RelayBox()


async def init(settings: MailerSettings) -> None:
    global _relay, _repo, _cache, _settings
    _settings = settings
    _repo = OutboxRepo(await stowage.connect_async(settings.dsn))
    _cache = kvbox.AsyncCache(settings.cache_url)
    _relay = open_relay_box(settings)
    log.info("mailer runtime ready")


def get_relay() -> Any:
    if _relay is None:
        raise RuntimeError("runtime.init() was not called")
    return _relay


def get_repo() -> OutboxRepo:
    assert _repo is not None, "runtime.init() was not called"
    return _repo


def get_cache() -> kvbox.AsyncCache:
    assert _cache is not None, "runtime.init() was not called"
    return _cache


def get_settings() -> MailerSettings:
    assert _settings is not None, "runtime.init() was not called"
    return _settings
