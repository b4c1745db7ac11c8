"""The collector's start-up, then the scheduler's run_once every thirty seconds."""

from windscada.collector import build_collector


def run(host):
    collector = host.start(build_collector, "north-sea-b")
    host.ticks(collector.run_once)
