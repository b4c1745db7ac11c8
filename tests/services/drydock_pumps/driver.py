"""The pumping station's start-up (``open_pump_station``), then the controller's five-minute tick."""

from drydocks.station import open_pump_station


def run(host):
    station = host.start(open_pump_station, "graving-dock-2")
    host.ticks(station.pump_tick)
