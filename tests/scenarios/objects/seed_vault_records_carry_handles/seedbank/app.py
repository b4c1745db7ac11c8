"""Wiring for the vault worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .repo import AccessionRepository
from .room import SeedVaultRoom
from .settings import VaultSettings


async def open_vault_room(env: Mapping[str, str]) -> SeedVaultRoom:
    settings = VaultSettings.from_env(env)
    repo = AccessionRepository(await stowage.connect_async(settings.dsn))
    return SeedVaultRoom(settings, repo, kvbox.AsyncCache(settings.cache_url))
