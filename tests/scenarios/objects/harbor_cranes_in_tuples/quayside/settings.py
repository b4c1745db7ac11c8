from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TerminalSettings:
    dsn: str
    cache_url: str
    controller_image: str
    berths: tuple[str, ...] = ("b1", "b2", "b3")

    @classmethod
    def from_env(cls) -> TerminalSettings:
        return cls(
            dsn=envknobs.text("QUAY_DSN", "postgres://localhost/quay"),
            cache_url=envknobs.text("QUAY_CACHE", "redis://localhost"),
            controller_image=envknobs.text("QUAY_CONTROLLER_IMAGE", "crane-ctl:11"),
        )
