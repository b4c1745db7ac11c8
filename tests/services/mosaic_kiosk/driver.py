"""The kiosk's start-up (attendant.open_kiosk), then the attendant's two-minute timer."""

from mosaicdesk.attendant import open_kiosk


def run(host):
    attendant = host.start(open_kiosk, "eastgate-mall")
    host.ticks(attendant.tick)
