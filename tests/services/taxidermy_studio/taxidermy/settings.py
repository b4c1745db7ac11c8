"""Studio settings: which benches the studio has and what tool stands on each."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class BenchSpec:
    name: str
    tool_kind: str
    climate_controlled: bool = False


DEFAULT_BENCHES: tuple[BenchSpec, ...] = (
    BenchSpec("skinning", "fleshing-machine", climate_controlled=True),
    BenchSpec("tanning", "tanning-drum"),
    BenchSpec("freeze-dry", "lyophilizer", climate_controlled=True),
    BenchSpec("mounting", "armature-rig"),
)


@dataclass(frozen=True)
class StudioSettings:
    wing: str
    dsn: str
    cache_url: str
    benches: tuple[BenchSpec, ...] = field(default=DEFAULT_BENCHES)

    @classmethod
    def from_env(cls, wing: str) -> StudioSettings:
        return cls(
            wing=wing,
            dsn=envknobs.text("TAXIDERMY_DSN", "postgres://taxidermy"),
            cache_url=envknobs.text("TAXIDERMY_CACHE", "redis://taxidermy"),
        )
