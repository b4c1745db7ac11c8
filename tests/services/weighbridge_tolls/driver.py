"""The weighbridge's start-up (``open_weighbridge``), then the shift clock's five-minute tick."""

from weighbridge.shift import open_weighbridge


def run(host):
    clock = host.start(open_weighbridge, "felixstowe")
    host.ticks(clock.tick)
