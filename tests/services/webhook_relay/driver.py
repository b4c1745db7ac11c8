"""The relay's start-up: import the handlers, build the worker, sweep on a timer."""

from relay.worker import create_worker

ENV = {"RELAY_DSN": "postgres://relay"}


def run(host):
    worker = host.start(create_worker, ENV)
    host.ticks(worker.sweep)
