from __future__ import annotations

from dataclasses import dataclass

import envknobs

# The port's manifest boxes, in order: the first takes boarding, the rest are audited.
BOX_ROLES = ("deck", "gangway", "customs")


@dataclass(frozen=True)
class PortSettings:
    port: str
    dsn: str
    cache_url: str
    lease_ttl_s: int = 300

    @classmethod
    def for_port(cls, port: str) -> PortSettings:
        return cls(
            port=port,
            dsn=envknobs.text("FERRY_DSN", f"postgres://ferry/{port}"),
            cache_url=envknobs.text("FERRY_CACHE", "redis://ferry"),
            lease_ttl_s=envknobs.number("FERRY_LEASE_TTL", 300),
        )
