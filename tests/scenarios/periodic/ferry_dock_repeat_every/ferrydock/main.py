import logging

from fastapi import FastAPI
from fastapi_utils.tasks import repeat_every

from ferrydock.db import manifest_db

log = logging.getLogger(__name__)
app = FastAPI()
PURGE_EVERY_S = 15 * 60


class ManifestRules:
    def season_changed(self) -> bool:
        return False


@app.on_event("startup")
@repeat_every(seconds=PURGE_EVERY_S)
async def purge_stale_manifests() -> None:
    removed = await manifest_db().execute("DELETE FROM manifests WHERE sailed_at < now() - interval '1 day'")  # expect: WC001
    log.info("purged %d manifests", removed)


@app.on_event("startup")
@repeat_every(seconds=3600)
async def reload_timetable() -> None:
    if ManifestRules().season_changed():
        await manifest_db().execute("REFRESH MATERIALIZED VIEW timetable")  # expect: WC002


@app.get("/health")
async def health() -> dict:
    await manifest_db().execute("SELECT 1")
    return {"ok": True}
