"""The hut's start-up (``open_hut_route``, async), then the warden's ten-minute radio round."""

from glacierhuts.route import open_hut_route


def run(host):
    warden = host.start(open_hut_route, "konkordia")
    host.ticks(warden.radio_round)
