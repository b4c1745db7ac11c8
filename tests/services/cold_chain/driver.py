"""The depot agent's start-up, then the scheduler's run_once every minute."""

from reefer.bootstrap import start_monitor


def run(host):
    monitor = host.start(start_monitor, "rotterdam-3")
    host.ticks(monitor.run_once)
