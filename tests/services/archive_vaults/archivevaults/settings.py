"""Settings for the stacks warden."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ArchiveVaultSettings:
    wing: str
    dsn: str
    cache_url: str
    target_humidity: int = 45

    @classmethod
    def from_env(cls, wing: str) -> ArchiveVaultSettings:
        return cls(
            wing=wing,
            dsn=envknobs.text("ARCHIVE_VAULTS_DSN", "postgres://archive-vaults"),
            cache_url=envknobs.text("ARCHIVE_VAULTS_CACHE", "redis://archive-vaults"),
            target_humidity=envknobs.number("ARCHIVE_VAULTS_TARGET_RH", 45),
        )
