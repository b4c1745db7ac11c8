"""The monitor's start-up (``start_silo_watch``), then the watch's five-minute sweep."""

from siloworks.bootstrap import start_silo_watch


def run(host):
    watch = host.start(start_silo_watch, "north-elevator")
    host.ticks(watch.sweep)
