from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LedgerSettings:
    dsn: str
    cache_url: str
    box_image: str = "ledger-box:3"
    announce_on_attach: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LedgerSettings:
        return cls(
            dsn=env.get("LEDGER_DSN", "postgres://localhost/ledger"),
            cache_url=env.get("LEDGER_CACHE", "redis://localhost"),
            box_image=envknobs.text("LEDGER_BOX_IMAGE", "ledger-box:3"),
        )
