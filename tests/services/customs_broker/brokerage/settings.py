from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BrokerSettings:
    port: str
    dsn: str
    cache_url: str
    eori: str = "GB000000000000"

    @classmethod
    def for_port(cls, port: str) -> BrokerSettings:
        return cls(
            port=port,
            dsn=envknobs.text("BROKER_DSN", f"postgres://customs/{port}"),
            cache_url=envknobs.text("BROKER_CACHE", "redis://customs"),
            eori=envknobs.text("BROKER_EORI", "GB000000000000"),
        )
