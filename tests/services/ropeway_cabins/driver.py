"""The ropeway's start-up (``open_ropeway``, async), then the dispatcher's five-minute tick."""

from ropeway.app import open_ropeway


def run(host):
    dispatcher = host.start(open_ropeway, "eggishorn")
    host.ticks(dispatcher.tick)
