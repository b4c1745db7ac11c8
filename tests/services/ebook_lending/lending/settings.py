from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BranchSettings:
    branch: str
    dsn: str
    cache_url: str
    loan_days: int = 21

    @classmethod
    def for_branch(cls, branch: str) -> BranchSettings:
        return cls(
            branch=branch,
            dsn=envknobs.text("LENDING_DSN", f"postgres://library/{branch}"),
            cache_url=envknobs.text("LENDING_CACHE", "redis://library"),
            loan_days=envknobs.number("LENDING_LOAN_DAYS", 21),
        )
