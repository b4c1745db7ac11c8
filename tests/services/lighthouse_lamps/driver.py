"""The station's start-up (``open_station``), then each keeper's alarm."""

from lamproom.station import open_station


def run(host):
    station = host.start(open_station, "fastnet")
    host.ticks(station.main_keeper.alarm, station.fog_keeper.alarm)
