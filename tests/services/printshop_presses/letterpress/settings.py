"""The shop's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class PressShopSettings:
    shop: str
    dsn: str
    cache_url: str
    pass_interval_s: float = 120.0
    forme_size: int = 4
    ink_profile: str = "oil-based"

    @classmethod
    def from_env(cls, shop: str) -> PressShopSettings:
        return cls(
            shop=shop,
            dsn=envknobs.text("PRESS_DSN", "postgres://printshop"),
            cache_url=envknobs.text("PRESS_CACHE", "redis://printshop"),
            pass_interval_s=float(envknobs.number("PRESS_PASS_SECONDS", 120)),
            forme_size=envknobs.number("PRESS_FORME_SIZE", 4),
            ink_profile=envknobs.text("PRESS_INK_PROFILE", "oil-based"),
        )

    @property
    def stock_key(self) -> str:
        return f"printshop:{self.shop}:stock-low"
