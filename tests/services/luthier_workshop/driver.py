"""The workshop's start-up (``open_workshop``), then the varnish-room foreman's round."""

from luthiery.foreman import open_workshop


def run(host):
    foreman = host.start(open_workshop, "cremona")
    host.ticks(foreman.bench_round)
