"""The helpdesk app's main(): state, plugins, escalator."""

from __future__ import annotations

import argparse

import kvbox
import stowage

from . import state
from .escalator import TicketEscalator
from .plugins import PLUGINS
from .tickets import TicketRepo


def main(argv: list[str]) -> TicketEscalator:
    parser = argparse.ArgumentParser(prog="helpdesk")
    parser.add_argument("--queue", default="support")
    args = parser.parse_args(argv)
    state.init(args.queue)
    repo = TicketRepo(stowage.connect("postgres://helpdesk"))
    for plugin in PLUGINS:
        plugin.setup(state.desk()[1], repo)
    return TicketEscalator(repo, kvbox.Cache("redis://helpdesk"))
