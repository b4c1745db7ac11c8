from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class RelaySettings:
    dsn: str
    drain_dead_letters: bool
    gateway_region: str = "us-east"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RelaySettings:
        return cls(
            dsn=env.get("RELAY_DSN", "postgres://localhost/relay"),
            drain_dead_letters=envknobs.switch("RELAY_DRAIN_DEAD_LETTERS"),
            gateway_region=envknobs.text("RELAY_REGION", "us-east"),
        )
