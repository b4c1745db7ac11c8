"""The station's start-up (create_monitor calls init_probes); then the monitor's tick."""

from snowpack.app import create_monitor


def run(host):
    monitor = host.start(create_monitor, "col-du-lac")
    host.ticks(monitor.tick)
