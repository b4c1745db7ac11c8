from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SiteSettings:
    site: str
    dsn: str
    cache_url: str
    export_limit_kw: int = 4000

    @classmethod
    def for_site(cls, site: str) -> SiteSettings:
        return cls(
            site=site,
            dsn=envknobs.text("SOLAR_DSN", f"postgres://solar/{site}"),
            cache_url=envknobs.text("SOLAR_CACHE", "redis://solar"),
            export_limit_kw=envknobs.number("SOLAR_EXPORT_LIMIT_KW", 4000),
        )
