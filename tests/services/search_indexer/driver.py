"""The indexer's main(): wire the scheduler, then tick it."""

from search.wiring import create_scheduler


def run(host):
    scheduler = host.start(create_scheduler, shards=2)
    host.ticks(scheduler.on_tick)
