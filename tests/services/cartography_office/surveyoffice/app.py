"""The office's start-up: settings, database, repositories, plotter client, renderers, the desk."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .desk import SurveySheetDesk
from .plotter import PlotterClient
from .plugins import RendererRegistry
from .repository import GazetteerRepository, SheetRepository
from .services import DatumBulletin, ProofPress, RedrawService, SheetRedrawer
from .settings import OfficeSettings

log = logging.getLogger(__name__)


async def open_map_office(region: str) -> SurveySheetDesk:
    settings = OfficeSettings.from_env(region)
    db = await stowage.connect_async(settings.dsn)
    cache = kvbox.AsyncCache(settings.cache_url)
    client = PlotterClient(settings.region)
    redrawer = SheetRedrawer(client, RendererRegistry(), settings)
    redraws = RedrawService(SheetRepository(db, settings.sheet_scale), GazetteerRepository(db), redrawer)
    desk = SurveySheetDesk(
        redraws,
        ProofPress(db, client, settings.region),
        DatumBulletin(cache, client, settings.region),
        settings.round_minutes,
    )
    log.info("map office for %s open", region)
    return desk


async def main() -> None:
    desk = await open_map_office("ordnance-north")
    await desk.keep_office()
