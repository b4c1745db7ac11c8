"""The monitor's start-up (``start_span_watch``), then its one-minute cable round."""

from spancables.monitor import start_span_watch


def run(host):
    watch = host.start(start_span_watch, "strait-crossing")
    host.ticks(watch.cable_round)
