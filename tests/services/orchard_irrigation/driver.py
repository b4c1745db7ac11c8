"""The controller daemon's start-up (app.start), then the cron job every fifteen minutes."""

from irrigation import jobs
from irrigation.app import start


def run(host):
    host.start(start, "block-c")
    host.ticks(jobs.water_cycle)
