"""The kennel's start-up (``open_kennel``), then the warden's five-minute tick."""

from quarantine_ward.warden import open_kennel


def run(host):
    warden = host.start(open_kennel, "harbour-east")
    host.ticks(warden.tick)
