"""The mill's start-up (``start_roller_watch``), then the watch's five-minute tick."""

from rollstands.mill import start_roller_watch


def run(host):
    watch = host.start(start_roller_watch, "hot-strip-2")
    host.ticks(watch.on_tick)
