"""The scriptorium's start-up (``open_scriptorium``), the warden's bell, then shutdown."""

from scriptorium.warden import close_scriptorium, open_scriptorium


def run(host):
    warden = host.start(open_scriptorium, "lindisfarne")
    host.ticks(warden.bell_tick)
    host.start(close_scriptorium)
