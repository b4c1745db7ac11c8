"""The watch's start-up (``start_frost_watch``), then its five-minute frost tick."""

from frostfans.watch import start_frost_watch


def run(host):
    watch = host.start(start_frost_watch)
    host.ticks(watch.frost_tick)
