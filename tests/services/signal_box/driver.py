"""The railway's supervisor calls the signal box's main(), then polls the interlocking."""

from leverframe.poller import main


def run(host):
    poller = host.start(main, "hexthorpe-junction")
    host.ticks(poller.poll)
