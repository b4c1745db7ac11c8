from celery import Celery
from celery.schedules import crontab

app = Celery("glaciersurvey")
app.conf.beat_schedule = {
    "refresh-melt-index": {"task": "glaciersurvey.tasks.refresh_melt_index", "schedule": 300.0},
    "plan-flights": {"task": "glaciersurvey.tasks.plan_drone_flights", "schedule": crontab(minute="*/15")},
}
