"""The bindery's start-up (``start_bindery``), then the glue-line foreman's ten-minute tick."""

from binderies.line import start_bindery


def run(host):
    foreman = host.start(start_bindery, "east-wing")
    host.ticks(foreman.bindery_tick)
