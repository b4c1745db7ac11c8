"""The line's start-up (``open_line``), then the scheduler's two jobs: the dispatcher, then the track watch."""

from funicular.app import open_line


def run(host):
    line = host.start(open_line, "castle-hill")
    host.ticks(line.dispatcher.tick, line.track_watch.tick)
