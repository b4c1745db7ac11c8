from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class VaultSettings:
    dsn: str
    cache_url: str
    chamber_image: str = "seed-chamber:6"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> VaultSettings:
        return cls(dsn=env.get("VAULT_DSN", "postgres://localhost/vault"),
                   cache_url=env.get("VAULT_CACHE", "redis://localhost"))
