from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MailerSettings:
    dsn: str
    cache_url: str
    purge_suppressed: bool
    batch_size: int = 50

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> MailerSettings:
        return cls(
            dsn=env.get("MAILER_DSN", "postgres://localhost/mail"),
            cache_url=env.get("MAILER_CACHE", "redis://localhost"),
            purge_suppressed=envknobs.switch("MAILER_PURGE_SUPPRESSED"),
            batch_size=envknobs.number("MAILER_BATCH", 50),
        )
