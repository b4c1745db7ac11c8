"""Management commands: found by name under ``management.commands``."""

from __future__ import annotations

import importlib

from .base import BaseCommand, CommandError

__all__ = ["BaseCommand", "CommandError", "execute_from_command_line", "load_command_class"]


def load_command_class(name: str) -> BaseCommand:
    try:
        module = importlib.import_module(f"{__name__}.commands.{name}")
    except ModuleNotFoundError:
        raise CommandError(f"unknown command {name!r}") from None
    return module.Command()


def execute_from_command_line(argv: list[str]) -> BaseCommand:
    subcommand = argv[1] if len(argv) > 1 else "help"
    command = load_command_class(subcommand)
    command.run_from_argv(argv)
    return command
