"""The bench's start-up (``open_bench``), then its ten-minute soldering round."""

from tinbench.bench import open_bench


def run(host):
    bench = host.start(open_bench, "north-window")
    host.ticks(bench.solder_round)
