"""The workshop's start-up (``open_workshop``), then the bench's calibration tick."""

from orrerycraft.app import open_workshop


def run(host):
    bench = host.start(open_workshop, "bench-3")
    host.ticks(bench.calibration_tick)
