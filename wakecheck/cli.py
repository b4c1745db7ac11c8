"""The command line: the only module that prints, reads the environment, or exits."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from wakecheck import __version__
from wakecheck.errors import UsageError, WakecheckError

_FORMATS = ("text", "json")


def _fail(exc: WakecheckError) -> None:
    click.echo(f"wakecheck: error: {exc}", err=True)
    sys.exit(2)


def _write(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from wakecheck.output import write_atomic

    write_atomic(Path(output), text)


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


class _DefaultCheck(click.Group):
    """`wakecheck PATHS` means `wakecheck check PATHS`, as SPEC.md says."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wakecheck")
def main() -> None:
    """Find container-waking calls that an idle alarm loop still makes."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="pyproject.toml or wakecheck.toml to use.")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="text", show_default=True)
@click.option("--output", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--select", metavar="CODES", help="Comma-separated rule codes to run.")
@click.option("--ignore", metavar="CODES", help="Comma-separated rule codes to skip.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
def check(paths: tuple[str, ...], config_path: str | None, fmt: str, output: str | None,
          select: str | None, ignore: str | None, exit_zero: bool) -> None:
    """Lint PATHS (default: .) for idle-town container wakes."""
    from wakecheck.config import load_config
    from wakecheck.engine import run_check

    try:
        config = load_config(list(paths), config_path, Path.cwd())
        report = run_check(list(paths) or ["."], config, _codes(select), _codes(ignore) or ())
        if fmt == "json":
            from wakecheck.render.json import render
        else:
            from wakecheck.render.text import render
        for warning in report.warnings:
            click.echo(f"wakecheck: warning: {warning}", err=True)
        _write(render(report), output)
    except WakecheckError as exc:
        _fail(exc)
        return
    if report.errors:
        sys.exit(2)
    sys.exit(0 if exit_zero or not report.findings else 1)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="pyproject.toml or wakecheck.toml to use.")
@click.option("--format", "fmt", type=click.Choice(("markdown", "json")), default="markdown", show_default=True)
@click.option("--output", metavar="FILE", help="Write the audit to FILE instead of stdout.")
@click.option("--check", "check_only", is_flag=True,
              help="Compare with --output FILE instead of writing it; exit 1 if it is stale.")
def audit(paths: tuple[str, ...], config_path: str | None, fmt: str, output: str | None,
          check_only: bool) -> None:
    """Write the code-path audit of every alarm loop under PATHS (default: .)."""
    from wakecheck.config import load_config
    from wakecheck.engine import run_audit

    try:
        if check_only and output is None:
            raise UsageError("--check needs --output FILE: the audit document to compare with")
        config = load_config(list(paths), config_path, Path.cwd())
        result = run_audit(list(paths) or ["."], config)
        if fmt == "json":
            from wakecheck.render.audit_json import render as render_json

            text = render_json(result)
        else:
            from wakecheck.render.markdown import render as render_markdown

            base = os.path.relpath(Path(output).resolve().parent) if output else "."
            text = render_markdown(result, base)
        for warning in result.warnings:
            click.echo(f"wakecheck: warning: {warning}", err=True)
        for error in result.errors:
            click.echo(f"{error.path}:{error.line}:{error.column}: {error.message}", err=True)
        if check_only:
            assert output is not None
            _compare(Path(output), text, _regenerate(paths, fmt, output, config_path))
        else:
            _write(text, output)
    except WakecheckError as exc:
        _fail(exc)
        return
    sys.exit(2 if result.errors else 0)


def _compare(path: Path, text: str, regenerate: str) -> None:
    """`--check`: exit 1 with a unified diff on stderr unless `path` holds exactly `text`."""
    import difflib

    try:
        current = path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        click.echo(f"wakecheck: {path} does not exist; write it with `{regenerate}`", err=True)
        sys.exit(1)
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if current == text:
        click.echo(f"wakecheck: {path} is up to date", err=True)
        return
    diff = difflib.unified_diff(current.splitlines(keepends=True), text.splitlines(keepends=True),
                                fromfile=f"{path} (on disk)", tofile=f"{path} (generated)")
    for line in diff:
        click.echo(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n", nl=False, err=True)
    click.echo(f"wakecheck: {path} is stale; regenerate it with `{regenerate}`", err=True)
    sys.exit(1)


def _regenerate(paths: tuple[str, ...], fmt: str, output: str, config_path: str | None) -> str:
    import shlex

    args = ["wakecheck", "audit", *paths]
    if config_path:
        args += ["--config", config_path]
    if fmt != "markdown":
        args += ["--format", fmt]
    return shlex.join([*args, "--output", output])


@main.command("rules")
def rules_() -> None:
    """List the rules."""
    from wakecheck.rules import RULES

    for rule in RULES:
        state = "on" if rule.default_on else "off"
        click.echo(f"{rule.code}  {rule.name:<16} {state:<3} {rule.severity.value:<7} {rule.summary}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Show one rule's documentation."""
    from wakecheck.rules import rule

    try:
        found = rule(code)
    except WakecheckError as exc:
        _fail(exc)
        return
    click.echo(f"# {found.code} ({found.name})\n\n{found.summary}\n\n{found.explanation}", nl=False)


