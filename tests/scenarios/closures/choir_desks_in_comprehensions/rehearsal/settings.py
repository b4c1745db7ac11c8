from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class RehearsalSettings:
    dsn: str
    cache_url: str
    desk_image: str
    sections: tuple[str, ...] = field(default=("soprano", "alto", "tenor", "bass"))

    @classmethod
    def from_env(cls) -> RehearsalSettings:
        return cls(
            dsn=envknobs.text("CHOIR_DSN", "postgres://localhost/choir"),
            cache_url=envknobs.text("CHOIR_CACHE", "redis://localhost"),
            desk_image=envknobs.text("CHOIR_DESK_IMAGE", "mix-desk:8"),
        )
