"""Assay methods: X-ray fluorescence or fire assay, both on the bench."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from .bench import AssayBench, AssayLabError
from .ledger import CoinSample
from .settings import AssaySettings

log = logging.getLogger(__name__)


class AssayBackend(Protocol):
    name: str

    def warm_up(self) -> None: ...

    def assay(self, sample: CoinSample) -> Any: ...


class XrfAssayBackend:
    name = "xrf"

    def __init__(self, bench: AssayBench) -> None:
        self.bench = bench

    def warm_up(self) -> None:
        self.bench.run("/xrf/tube-warmup", kv=40)

    def assay(self, sample: CoinSample) -> Any:
        return self.bench.run("/xrf/scan", sample=sample.sample_id, alloy=sample.alloy)


class FireAssayBackend:
    name = "fire"

    def __init__(self, bench: AssayBench) -> None:
        self.bench = bench

    def warm_up(self) -> None:
        self.bench.run("/fire/furnace-preheat", celsius=1050)

    def assay(self, sample: CoinSample) -> Any:
        return self.bench.run("/fire/cupel", sample=sample.sample_id, flux="litharge")


BACKENDS: dict[str, Callable[[AssayBench], AssayBackend]] = {
    "xrf": XrfAssayBackend,
    "fire": FireAssayBackend,
}


def select_backend(settings: AssaySettings, bench: AssayBench) -> AssayBackend:
    try:
        factory = BACKENDS[settings.backend]
    except KeyError:
        raise AssayLabError(f"no assay backend {settings.backend!r}") from None
    log.info("assaying by %s", settings.backend)
    return factory(bench)
