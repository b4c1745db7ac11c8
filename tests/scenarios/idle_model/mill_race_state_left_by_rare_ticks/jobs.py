from dataclasses import dataclass


@dataclass(frozen=True)
class RaceJob:
    kind: str
    reach: str
