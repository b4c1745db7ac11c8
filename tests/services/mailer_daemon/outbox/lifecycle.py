"""Process start-up."""

from __future__ import annotations

from collections.abc import Mapping

from . import runtime
from .bounces import BounceProcessor
from .settings import MailerSettings


async def start(env: Mapping[str, str]) -> None:
    await runtime.init(MailerSettings.from_env(env))
    BounceProcessor.setup(relay=runtime.get_relay(), repo=runtime.get_repo())
