"""The daemon's start-up (lifecycle.start), then its scheduler's run_once ticks."""

from outbox import jobs, lifecycle

ENV = {"MAILER_DSN": "postgres://mail", "MAILER_CACHE": "redis://mail"}


def run(host):
    host.start(lifecycle.start, ENV)
    host.ticks(jobs.run_once)
