from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class IcehouseSettings:
    dsn: str
    cache_url: str
    controller_image: str
    rotation_block: str = "block-17"
    blocks: tuple[str, ...] = ("block-3", "block-9")

    @classmethod
    def from_env(cls) -> IcehouseSettings:
        return cls(
            dsn=envknobs.text("ICEHOUSE_DSN", "postgres://localhost/icehouse"),
            cache_url=envknobs.text("ICEHOUSE_CACHE", "redis://localhost"),
            controller_image=envknobs.text("ICEHOUSE_CONTROLLER_IMAGE", "vault-ctl:2"),
        )
