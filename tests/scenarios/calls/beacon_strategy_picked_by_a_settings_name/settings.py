from dataclasses import dataclass


@dataclass(frozen=True)
class BeaconSettings:
    station: str
    strategy: str = "occulting"  # a key of strategies.STRATEGIES

    @classmethod
    def for_station(cls, station):
        return cls(station=station)
