from celery import Celery

from frostwatch import jobs

app = Celery("frostwatch")


@app.on_after_configure.connect
def setup_periodic_tasks(sender, **kwargs):
    sender.add_periodic_task(120.0, jobs.sample_canopy_temperature.s(), name="canopy every 2 min")
