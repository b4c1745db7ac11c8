"""What the inventory service's main() does: build the poller, connect it, poll."""

from inventory.service import build_poller


def run(host):
    poller = host.start(build_poller, "postgres://inventory")
    host.start(poller.connect)
    host.ticks(poller.tick)
