from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SignerSettings:
    zone_set: str
    dsn: str
    cache_url: str
    signature_ttl_days: int = 14

    @classmethod
    def from_args(cls, argv: Sequence[str]) -> SignerSettings:
        parser = argparse.ArgumentParser(prog="zonesign")
        parser.add_argument("--zone-set", default="public")
        args = parser.parse_args(list(argv))
        return cls(
            zone_set=args.zone_set,
            dsn=envknobs.text("ZONESIGN_DSN", "postgres://dns"),
            cache_url=envknobs.text("ZONESIGN_CACHE", "redis://dns"),
            signature_ttl_days=envknobs.number("ZONESIGN_TTL_DAYS", 14),
        )
