import logging

from glaciersurvey.celery import app
from glaciersurvey.store import survey_store

log = logging.getLogger(__name__)


class SurveyPlan:
    def has_open_flights(self) -> bool:
        return False


@app.task
def refresh_melt_index():
    store = survey_store()
    rows = store.query("SELECT station, melt FROM readings WHERE at > now() - interval '5 min'")  # expect: WC001
    log.info("melt index from %d readings", len(rows))


@app.task
def plan_drone_flights():
    plan = SurveyPlan()
    if not plan.has_open_flights():
        return
    survey_store().query("SELECT * FROM flights WHERE state = 'open'")


@app.task
def export_season_report():
    survey_store().query("SELECT * FROM readings")
