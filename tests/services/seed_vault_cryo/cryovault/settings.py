"""Settings for the vault monitor."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

from .alarms import CryoSeverity


@dataclass(frozen=True)
class CryoVaultSettings:
    vault_id: str
    dsn: str
    cache_url: str
    probe_channel: str
    forward_at: CryoSeverity = CryoSeverity.WARNING

    @classmethod
    def from_env(cls, vault_id: str) -> CryoVaultSettings:
        return cls(
            vault_id=vault_id,
            dsn=envknobs.text("CRYO_DSN", "postgres://seedbank/cryo"),
            cache_url=envknobs.text("CRYO_CACHE", "redis://seedbank"),
            probe_channel=envknobs.text("CRYO_PROBE_CHANNEL", "dewar-1/ln2"),
        )
