"""The organ loft's start-up, then the warden's ten-minute wind tick."""

from organloft.warden import open_the_loft


def run(host):
    warden = host.start(open_the_loft, "st-aldhelm")
    host.ticks(warden.wind_tick)
