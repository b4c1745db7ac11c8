"""The shop's start-up (``open_print_shop``), then the foreman's pass (a thread runs it every two minutes)."""

from letterpress.app import open_print_shop


def run(host):
    foreman = host.start(open_print_shop, "gutenberg-lane")
    host.ticks(foreman.run_pass)
