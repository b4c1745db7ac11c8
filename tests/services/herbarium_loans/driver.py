"""The web app's start-up (``create_app``), then the scheduler's five-minute loan sweep."""

from herbaria import jobs
from herbaria.app import create_app


def run(host):
    host.start(create_app, "kew-west")
    host.ticks(jobs.sweep_loans)
