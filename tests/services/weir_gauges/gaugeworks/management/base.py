"""``BaseCommand``: parses ``argv``, then calls ``handle(*args, **options)``."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any, TextIO

log = logging.getLogger(__name__)


class CommandError(Exception):
    """A command could not run."""


class BaseCommand:
    help = ""

    def __init__(self, stdout: TextIO | None = None) -> None:
        self.stdout = stdout or sys.stdout

    def create_parser(self, prog_name: str, subcommand: str) -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog=f"{prog_name} {subcommand}", description=self.help)
        parser.add_argument("--verbosity", type=int, default=1)
        self.add_arguments(parser)
        return parser

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """Subclasses add their own options."""

    def run_from_argv(self, argv: list[str]) -> None:
        parser = self.create_parser(argv[0], argv[1])
        options = vars(parser.parse_args(argv[2:]))
        args = options.pop("args", ())
        self.execute(*args, **options)

    def execute(self, *args: Any, **options: Any) -> str:
        output = self.handle(*args, **options)
        if output:
            self.stdout.write(output + "\n")
        return output

    def handle(self, *args: Any, **options: Any) -> str:
        raise NotImplementedError("subclasses of BaseCommand must provide handle()")
