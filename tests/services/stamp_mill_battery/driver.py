"""The mill's start-up (``start_stamp_mill``), then the battery's shift tick."""

from stampmill.mill import start_stamp_mill


def run(host):
    battery = host.start(start_stamp_mill, "homestake-no2")
    host.ticks(battery.tick)
