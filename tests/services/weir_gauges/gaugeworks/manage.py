"""``manage.py``: runs a management command."""

from __future__ import annotations

import sys

from .management import BaseCommand, execute_from_command_line


def main(argv: list[str] | None = None) -> BaseCommand:
    return execute_from_command_line(list(sys.argv if argv is None else argv))
