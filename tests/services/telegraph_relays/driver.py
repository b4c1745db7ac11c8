"""The station's start-up (``build_relay_station``, what ``main()`` does before starting the thread), then its relay round."""

from telegraphy.app import build_relay_station


def run(host):
    station = host.start(build_relay_station, "fort-kearny")
    host.ticks(station.relay_round)
