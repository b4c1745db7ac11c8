"""The hut's start-up: settings, the ledger, the mast and the warden."""

from __future__ import annotations

import logging

import kvbox
import stowage
import wirecall

from .bulletins import AvalancheDesk
from .checkins import CheckInRelay
from .ledger import BunkLedger
from .pumps import MeltPumpTender
from .radio import HutPost, raise_radio_mast
from .settings import HutRouteSettings
from .warden import HutWarden

log = logging.getLogger(__name__)

HUT_ALTITUDES_M = {"konkordia": 2850, "hollandia": 3240, "finsteraarhorn": 3048}


async def open_hut_route(hut: str) -> HutWarden:
    settings = HutRouteSettings.from_env(hut)
    db = await stowage.connect_async(settings.dsn)
    ledger = BunkLedger(db, kvbox.AsyncCache(settings.cache_url), settings.hut)
    post = HutPost(settings.hut, HUT_ALTITUDES_M.get(settings.hut, 3000), raise_radio_mast(settings.hut))
    warden = HutWarden(
        post,
        ledger,
        CheckInRelay(ledger, settings.radio_operators),
        MeltPumpTender(ledger, settings.melt_pumps),
        AvalancheDesk(wirecall.AsyncClient(settings.bulletin_url, timeout=settings.bulletin_timeout_s),
                      settings.bulletin_timeout_s),
        settings.radio_lock_timeout_s,
    )
    log.info("hut route open at %s", hut)
    return warden
