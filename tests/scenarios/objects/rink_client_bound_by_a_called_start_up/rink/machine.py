import logging
import os

log = logging.getLogger(__name__)

_arena: str | None = None
_timeout: float = 5.0
_client = None


class Resurfacer:
    def fetch(self, path: str, **kwargs: object) -> dict:
        raise NotImplementedError


def lease_resurfacer(arena: str, timeout: float) -> Resurfacer:
    return Resurfacer()


def resurfacer() -> Resurfacer:
    global _client
    if _client is None:
        if _arena is None:
            raise LookupError("open_arena() has not run")
        _client = lease_resurfacer(_arena, _timeout)
    return _client


def open_arena(arena: str):
    global _arena, _timeout
    from rink.crew import IceCrew  # the crew reads this module's client

    _arena = arena
    _timeout = float(os.environ.get("RESURFACER_TIMEOUT", "5"))
    return IceCrew(int(os.environ.get("RINK_SHIFTS", "2")))


def main() -> None:
    crew = open_arena(os.environ.get("RINK_ARENA", "harbour"))
    log.info("crew ready: %s", crew)
