from __future__ import annotations

import logging
from collections.abc import Sequence

import kvbox
import stowage

from .catalog import ZoneCatalog
from .runtime import SignerRuntime, install
from .settings import SignerSettings
from .signer import open_signer_box

log = logging.getLogger(__name__)


def main(argv: Sequence[str]) -> None:
    settings = SignerSettings.from_args(argv)
    box = open_signer_box(settings.zone_set)
    log.info("signing with %s", box.hsm_label())
    install(SignerRuntime(settings, ZoneCatalog(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url)), box))
