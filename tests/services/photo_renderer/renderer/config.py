from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class RenderConfig:
    dsn: str
    region: str = "eu-west"
    batch_size: int = 8
    thumbnail_width: int = 320

    @classmethod
    def load(cls, env: Mapping[str, str]) -> RenderConfig:
        return cls(
            dsn=env.get("RENDER_DSN", "postgres://localhost/render"),
            region=envknobs.text("RENDER_REGION", "eu-west"),
            batch_size=envknobs.number("RENDER_BATCH", 8),
        )
