from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ClaimsSettings:
    dsn: str
    cache_url: str
    intake_topic: str = "claims.intake"
    adjudicator_image: str = "adjudicator:5"
    archive_after_days: int = 90

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ClaimsSettings:
        return cls(
            dsn=env.get("CLAIMS_DSN", "postgres://localhost/claims"),
            cache_url=env.get("CLAIMS_CACHE", "redis://localhost"),
            adjudicator_image=envknobs.text("CLAIMS_ADJUDICATOR_IMAGE", "adjudicator:5"),
            archive_after_days=envknobs.number("CLAIMS_ARCHIVE_DAYS", 90),
        )
