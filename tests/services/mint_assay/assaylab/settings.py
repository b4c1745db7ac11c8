"""Settings for the assay lab."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class AssaySettings:
    mint: str
    dsn: str
    cache_url: str
    backend: str = "xrf"
    standard_fineness: int = 925

    @classmethod
    def from_env(cls, mint: str) -> AssaySettings:
        return cls(
            mint=mint,
            dsn=envknobs.text("MINT_ASSAY_DSN", "postgres://assay"),
            cache_url=envknobs.text("MINT_ASSAY_CACHE", "redis://assay"),
            backend="fire" if envknobs.switch("MINT_ASSAY_FIRE_ASSAY") else "xrf",
            standard_fineness=envknobs.number("MINT_ASSAY_STANDARD_FINENESS", 925),
        )
