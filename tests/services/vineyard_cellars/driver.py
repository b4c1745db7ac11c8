"""The cellar monitor's start-up (``start_cellar_monitor``), then its ten-minute patrol."""

from cellarhouse.monitor import start_cellar_monitor


def run(host):
    monitor = host.start(start_cellar_monitor, "napa-north")
    host.ticks(monitor.patrol)
