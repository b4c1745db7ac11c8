from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ModerationSettings:
    dsn: str
    cache_url: str
    classifier_image: str = "classifier:31"
    poll_seconds: int = 60

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ModerationSettings:
        return cls(
            dsn=env.get("MOD_DSN", "postgres://localhost/moderation"),
            cache_url=envknobs.text("MOD_CACHE", "redis://moderation"),
            classifier_image=envknobs.text("MOD_CLASSIFIER_IMAGE", "classifier:31"),
        )
