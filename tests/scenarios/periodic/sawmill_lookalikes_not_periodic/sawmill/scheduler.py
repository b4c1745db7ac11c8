"""The mill's own tiny scheduler: its `add_job` and `every` are not APScheduler's or schedule's."""
import logging

log = logging.getLogger(__name__)
_jobs: list = []


def add_job(func, trigger, seconds=0):
    _jobs.append((func, trigger, seconds))


def every(seconds):
    return lambda func: func
