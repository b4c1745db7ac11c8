"""The map office's start-up (``open_map_office``, what ``main()`` awaits before its loop), then the desk's round."""

from surveyoffice.app import open_map_office


def run(host):
    desk = host.start(open_map_office, "ordnance-north")
    host.ticks(desk.redraw_round)
