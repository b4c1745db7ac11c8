"""The depot's start-up (``open_depot``), then the dispatcher's ten-minute round."""

from haulage.depot import open_depot


def run(host):
    dispatcher = host.start(open_depot, "grand-union")
    host.ticks(dispatcher.dispatch_round)
