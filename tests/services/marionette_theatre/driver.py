"""The theatre's start-up (``open_theatre``), then the stage rigger's two-minute cue tick."""

from puppetloft.theatre import open_theatre


def run(host):
    rigger = host.start(open_theatre, "main-stage")
    host.ticks(rigger.cue_tick)
