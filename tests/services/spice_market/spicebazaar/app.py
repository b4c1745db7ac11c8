"""Start-up: settings, ledger, booths, stall plug-ins, warden; ``main`` keeps the market."""

from __future__ import annotations

import importlib
import logging
import signal

import kvbox
import queuebus
import stowage

from .context import StallContext
from .ledger import SpiceLedger
from .market import BazaarWarden
from .registry import StallRegistry
from .services import MarketBooths
from .settings import BazaarSettings

log = logging.getLogger(__name__)


class StallLoadError(Exception):
    """A stall every market must run did not register."""


REQUIRED_STALLS = ("price_boards",)


def load_stalls(registry: StallRegistry, names: tuple[str, ...]) -> StallRegistry:
    for name in names:
        module = importlib.import_module(f"{__package__}.stalls.{name}")
        module.register(registry)
        log.info("stall %s loaded", name)
    missing = [name for name in REQUIRED_STALLS if name not in registry]
    if missing:
        raise StallLoadError(f"stalls not registered: {missing}")
    return registry


def open_bazaar(market: str) -> BazaarWarden:
    settings = BazaarSettings.from_env(market)
    registry = load_stalls(StallRegistry(), settings.stalls)
    ctx = StallContext(
        settings=settings,
        ledger=SpiceLedger(stowage.connect(settings.dsn), settings.market),
        booths=MarketBooths(settings.market, registry),
        cache=kvbox.Cache(settings.cache_url),
        arrivals=queuebus.Subscriber(settings.arrivals_topic),
    )
    return BazaarWarden(registry, ctx)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    warden = open_bazaar("old-town")
    signal.signal(signal.SIGTERM, lambda signum, frame: warden.close())
    warden.keep_market()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
