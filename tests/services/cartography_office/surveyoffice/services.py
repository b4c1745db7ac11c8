"""Services the desk is built from: redrawing, the proof press, the datum bulletin."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .models import PlaceNameEdit, Sheet, SheetRenderError
from .plotter import PlotterClient, render_slot
from .plugins import LABELS_RENDERER, SHEET_LAYERS, RenderContext, RendererRegistry
from .repository import GazetteerRepository, SheetRepository
from .settings import OfficeSettings

log = logging.getLogger(__name__)


class SheetRedrawer:
    """Redraws sheets and place names, each inside a render slot."""

    def __init__(self, client: PlotterClient, registry: RendererRegistry, settings: OfficeSettings) -> None:
        self.client = client
        self.registry = registry
        self.settings = settings

    async def redraw_sheet(self, sheet: Sheet) -> int:
        async with render_slot(self.client, sheet.sheet_id) as slot:
            ctx = RenderContext(self.client, self.settings, slot)
            for name in SHEET_LAYERS:
                render = self.registry.renderer(name)
                await render(ctx, sheet)
            return slot.layers_drawn

    async def relabel(self, edit: PlaceNameEdit) -> None:
        async with render_slot(self.client, edit.sheet_id) as slot:
            render = self.registry.renderer(LABELS_RENDERER)
            await render(RenderContext(self.client, self.settings, slot), edit)


class RedrawService:
    def __init__(self, sheets: SheetRepository, gazetteer: GazetteerRepository, redrawer: SheetRedrawer) -> None:
        self.sheets = sheets
        self.gazetteer = gazetteer
        self.redrawer = redrawer

    async def redraw_revised(self) -> int:
        drawn = 0
        for sheet in await self.sheets.all():
            try:
                drawn += await self.redrawer.redraw_sheet(sheet)
            except SheetRenderError as exc:
                log.warning("sheet %s left for the next round: %s", sheet.sheet_id, exc)
                continue
            await self.sheets.mark_rendered(sheet.sheet_id)
        return drawn

    async def apply_gazetteer(self) -> bool:
        edit = await self.gazetteer.first()
        if edit is None:
            return False
        try:
            await self.redrawer.relabel(edit)
        except SheetRenderError as exc:
            log.warning("gazetteer edit %s not drawn: %s", edit.place_name, exc)
            return False
        return True


class ProofPress:
    def __init__(self, db: stowage.AsyncDatabase, client: PlotterClient, region: str) -> None:
        self.db = db
        self.client = client
        self.region = region

    async def proof_press_running(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM proof_runs WHERE finished_at IS NULL") > 0

    async def collect(self) -> None:
        if not await self.proof_press_running():
            return
        reply = await self.client.box.collect_proofs(self.region)
        if not reply.ok:
            log.warning("proofs of %s not collected this round", self.region)


class DatumBulletin:
    def __init__(self, cache: kvbox.AsyncCache, client: PlotterClient, region: str) -> None:
        self.cache = cache
        self.client = client
        self.region = region

    async def national_datum_reissued(self) -> bool:
        return await self.cache.get(f"survey:{self.region}:datum-reissue") is not None

    async def reproject_if_reissued(self) -> bool:
        if not await self.national_datum_reissued():
            return False
        async with render_slot(self.client, f"archive-{self.region}"):
            await self.client.box.reproject_archive(self.region, "ETRS89-2025")
        log.info("archive of %s reprojected", self.region)
        return True
