"""The monitor's start-up (``start_cryo_monitor``), then its one-minute tick."""

from cryovault.monitor import start_cryo_monitor


def run(host):
    monitor = host.start(start_cryo_monitor, "svalbard-b2")
    host.ticks(monitor.tick)
