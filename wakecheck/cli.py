"""The command line: the only module that prints, reads the environment, or exits."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from wakecheck import __version__
from wakecheck.errors import Terminated, UsageError, WakecheckError
from wakecheck.model import Report

if TYPE_CHECKING:
    from wakecheck.config import Config
    from wakecheck.engine import RunOptions

_FORMATS = ("text", "json", "github", "sarif")


def _fail(exc: WakecheckError) -> None:
    click.echo(f"wakecheck: error: {exc}", err=True)
    sys.exit(2)


def _write(text: str, output: str | None, color: bool = False) -> None:
    if output is None:
        # click strips colour codes when stdout is not a terminal unless told otherwise.
        click.echo(text, nl=False, color=True if color else None)
        return
    from wakecheck.output import write_atomic

    write_atomic(Path(output), text)


def _assumed(config: Config, paths: tuple[str, ...] | list[str], quiet: bool = False) -> None:
    """With no configuration found, say in one line what the run assumes: the default entry set and
    the built-in library models (Config.defaults), and no container-factories or sinks."""
    from wakecheck.config import DEFAULT_ENTRY

    if config.source is None and not quiet:
        start = paths[0] if paths else "."
        methods = " and ".join(f"`{p}`" for p in DEFAULT_ENTRY)
        wrangler = (f"; {config.wrangler.name} gives its Durable Objects' alarms and container bindings"
                    if config.wrangler is not None else "")
        click.echo(f"wakecheck: note: no [tool.wakecheck] configuration found from {start} upwards; "
                   f"assuming the default entries (methods named {methods} and the periodic idioms wakecheck "
                   "recognises), the built-in models of the libraries the code imports, and no "
                   f"container-factories or sinks{wrangler}", err=True)


def _warn(warnings: Sequence[str], strict: bool, quiet: bool) -> bool:
    """Print the warnings (errors under `strict`, printed even when quiet); True if the run must exit 2."""
    for warning in warnings:
        if strict:
            click.echo(f"wakecheck: error (strict): {warning}", err=True)
        elif not quiet:
            click.echo(f"wakecheck: warning: {warning}", err=True)
    return strict and bool(warnings)


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


class _Command(click.Command):
    """A subcommand whose unexpected exceptions end in one line and exit 3, never a traceback.

    Exit 2 stays for the user's input, exit 1 for findings: a bug in wakecheck must not
    look like either. Ctrl-C exits 130 and SIGTERM 143, each with one line, after every
    `finally` has run (so no temporary file is left beside a target).
    """

    def invoke(self, ctx: click.Context) -> Any:
        from wakecheck import _speedups

        # This process is wakecheck's: its speed-ups may be on (WAKECHECK_SPEEDUPS=0 turns them off).
        _speedups.own_process(speedups=os.environ.get("WAKECHECK_SPEEDUPS", "1").strip() != "0")
        with _unwind_on_sigterm():
            try:
                return super().invoke(ctx)
            except (click.ClickException, click.exceptions.Exit, click.Abort):
                raise  # click's own ways out
            except KeyboardInterrupt:
                click.echo("wakecheck: interrupted", err=True)
                sys.exit(130)
            except Terminated:
                click.echo("wakecheck: terminated", err=True)
                sys.exit(143)
            except Exception as exc:
                if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                    raise  # the reader went away (`| head`): click exits quietly
                _internal_error(exc, ctx)
                raise  # not reached: _internal_error exits


def _internal_error(exc: Exception, ctx: click.Context) -> NoReturn:
    from wakecheck.model import REPORT_IT, describe_bug

    if os.environ.get("WAKECHECK_TRACEBACK"):
        import traceback

        traceback.print_exception(exc)
    paths = ctx.params.get("paths")
    where = f"while analysing {', '.join(paths) or '.'}" if paths is not None else f"in `wakecheck {ctx.info_name}`"
    click.echo(f"wakecheck: internal error {where}: {describe_bug(exc)} — {REPORT_IT}", err=True)
    sys.exit(3)


def _contain_bugs() -> bool:
    """A bug met in one file becomes its error line, unless WAKECHECK_TRACEBACK asks to see it raised."""
    return not os.environ.get("WAKECHECK_TRACEBACK")


@contextlib.contextmanager
def _unwind_on_sigterm() -> Iterator[None]:
    """For the command's duration, SIGTERM raises Terminated (as Ctrl-C raises KeyboardInterrupt)."""

    def terminate(signum: int, frame: object) -> None:
        raise Terminated(signum)

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (a caller embedding the CLI): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _DefaultCheck(click.Group):
    """`wakecheck PATHS` means `wakecheck check PATHS`; a word that is neither a command nor a path is an error."""

    command_class = _Command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            if args and _command_like(args[0]):
                click.echo(f"wakecheck: error: {_unknown_command(args[0], sorted(self.commands))}", err=True)
                ctx.exit(2)
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _command_like(word: str) -> bool:
    """A bare word (`chekc`, `init`) that names no file: meant as a command, not as a path."""
    return word.isidentifier() and not os.path.lexists(word)


def _unknown_command(word: str, commands: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    return f"unknown command '{word}', and no file or directory has that name (commands: {', '.join(commands)})"


@click.group(cls=_DefaultCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wakecheck")
def main() -> None:
    """Find calls in periodic code that wake a scale-to-zero resource (a container, a database) on an idle tick."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="pyproject.toml or wakecheck.toml to use.")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="text", show_default=True)
@click.option("--output", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--select", metavar="CODES", help="Comma-separated rule codes to run.")
@click.option("--ignore", metavar="CODES", help="Comma-separated rule codes to skip.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--ignore-suppressions", is_flag=True, help="Report findings as if no `# wakecheck: ignore` existed.")
@click.option("--baseline", "baseline_path", metavar="FILE", help="Known findings (from --write-baseline) stay quiet.")
@click.option("--write-baseline", metavar="FILE", help="Write the current findings to FILE as the baseline.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, not the findings.")
@click.option("--stdin-filename", metavar="PATH", help="With `-` as the path: the file the text on stdin is.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", show_default=True,
              help="Colour the text format (auto: on a terminal, unless NO_COLOR is set).")
@click.option("--fix", is_flag=True, help="Insert the configured fix-guard where each idle-waking path starts.")
@click.option("--diff", "show_diff", is_flag=True, help="With or without --fix: print the fixes as a diff, write nothing.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .wakecheck_cache/.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N",
              help="Processes that parse files (default: all cores above 200 files that may hold entries).")
@click.option("--strict", is_flag=True, help="Warnings (a pattern that matches nothing, nothing to check) exit 2.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no warnings or summary on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Also print a summary (files, suppressed, baselined) on stderr.")
def check(paths: tuple[str, ...], config_path: str | None, fmt: str, output: str | None,
          select: str | None, ignore: str | None, exit_zero: bool, ignore_suppressions: bool,
          baseline_path: str | None, write_baseline: str | None, statistics: bool,
          stdin_filename: str | None, color: str, fix: bool, show_diff: bool, no_cache: bool,
          jobs: int | None, strict: bool, quiet: bool, verbose: bool) -> None:
    """Lint PATHS (default: .) for calls that wake a sleeping resource on an idle tick.

    Given files (as pre-commit does), the whole project they belong to is analysed and
    the findings whose call chain touches one of them are reported.
    """
    from wakecheck.config import load_config
    from wakecheck.engine import RunOptions, run_check

    try:
        targets, overrides = _targets(paths, stdin_filename)
        config = load_config(targets, config_path, Path.cwd())
        strict = strict or config.strict
        _assumed(config, targets, quiet)
        focus = _focus(targets)
        roots = [str(config.root)] if focus is not None else targets
        if fix or show_diff:
            if overrides:
                raise UsageError("--fix and --diff work on files, not on stdin")
            changed = _fix(roots or ["."], config, _codes(select), _codes(ignore) or (), show_diff, quiet,
                           RunOptions(cache=not no_cache, jobs=jobs, contain_bugs=_contain_bugs()))
            if show_diff:
                sys.exit(1 if changed else 0)
        baseline = None
        if baseline_path is not None and write_baseline is None:
            from wakecheck.baseline import load

            baseline = load(Path(baseline_path))
        with _Progress(enabled=not quiet and sys.stderr.isatty()) as progress:
            report = run_check(roots or ["."], config, _codes(select), _codes(ignore) or (),
                               use_suppressions=not ignore_suppressions, baseline=baseline,
                               focus=focus, overrides=overrides, progress=progress,
                               options=RunOptions(cache=not no_cache, jobs=jobs, contain_bugs=_contain_bugs()))
        if write_baseline is not None:
            from wakecheck.baseline import render as render_baseline

            _write(render_baseline(report.findings), write_baseline)
            if not quiet:
                click.echo(f"wakecheck: wrote {len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}"
                           f" to {write_baseline}", err=True)
            sys.exit(2 if report.errors else 0)
        colored = fmt == "text" and _use_color(color, output)
        text = _render_report(report, fmt, statistics, colored)
        failed = _warn((*report.warnings, *report.config_warnings), strict, quiet)
        if not quiet:
            if report.lost:
                places = "1 place" if report.lost == 1 else f"{report.lost} places"
                click.echo(f"wakecheck: note: lost track at {places} on idle paths, where a wake would go "
                           f"unseen; list them with --select {report.lost_code}", err=True)
            _explain_baseline(report, baseline_path)
            if verbose:
                click.echo(f"wakecheck: {len(report.findings)} finding(s), {report.suppressed} suppressed, "
                           f"{report.baselined} in the baseline, {len(report.errors)} file error(s); "
                           f"{report.parsed} file(s) parsed, {report.cached} from the cache"
                           + (f"; {report.units_reused} of {report.units} units' findings from the cache"
                              if report.units else ""), err=True)
        _write(text, output, colored)
    except WakecheckError as exc:
        _fail(exc)
        return
    if report.errors or failed:
        sys.exit(2)
    sys.exit(0 if exit_zero or not report.findings else 1)


def _fix(paths: list[str], config: Config, select: tuple[str, ...] | None, ignore: tuple[str, ...],
         diff_only: bool, quiet: bool, options: RunOptions) -> bool:
    """Plan the guards, check them, and write them (or print them as a diff); True if any."""
    from wakecheck import fix
    from wakecheck.output import source_encoding, write_atomic
    from wakecheck.rules import selected

    codes = selected(select if select is not None else config.select, (*config.ignore, *ignore))
    planned = fix.plan(paths, config, codes, Path.cwd(), options)
    for reason in planned.skipped:
        click.echo(f"wakecheck: {reason}", err=True)
    for change in planned.fixes:
        if diff_only:
            click.echo(change.diff(), nl=False)
        else:
            # Written back the way it was read: same declared encoding, BOM kept.
            write_atomic(change.absolute, change.after, source_encoding(change.absolute))
    if planned.fixes and not quiet and not diff_only:
        guarded = sum(len(change.functions) for change in planned.fixes)
        click.echo(f"wakecheck: guarded {guarded} function{'s' if guarded != 1 else ''} in "
                   f"{len(planned.fixes)} file{'s' if len(planned.fixes) != 1 else ''}", err=True)
    return bool(planned.fixes)


class _Progress:
    """A progress bar on stderr (a terminal only) once there are enough files with entries to wait for."""

    _AT_LEAST = 20

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None  # click's progress bar: its type is private to click
        self.done = 0

    def __enter__(self) -> _Progress | None:
        return self if self.enabled else None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None and total >= self._AT_LEAST:
            bar: Any = click.progressbar(length=total, label="wakecheck: analysing", file=sys.stderr)
            self.bar = bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.done)
            self.done = done

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _targets(paths: tuple[str, ...], stdin_filename: str | None) -> tuple[list[str], dict[Path, bytes]]:
    """PATHS, with `-` replaced by --stdin-filename and its text read from stdin."""
    if "-" not in paths:
        if stdin_filename is not None:
            raise UsageError("--stdin-filename is only meaningful with `-` as the path")
        return list(paths), {}
    if stdin_filename is None:
        raise UsageError("reading from stdin (`-`) needs --stdin-filename PATH: the file the text is")
    data = click.get_binary_stream("stdin").read()
    absolute = Path(os.path.abspath(stdin_filename))
    return [stdin_filename if p == "-" else p for p in paths], {absolute: data}


def _focus(targets: list[str]) -> frozenset[str] | None:
    """Files named on the command line (not directories): report what touches them."""
    if not targets or not all(Path(t).is_file() and t.endswith((".py", ".pyi")) for t in targets):
        return None  # directories, or a missing path (discovery reports it)
    return frozenset(os.path.relpath(os.path.abspath(t)).replace(os.sep, "/") for t in targets)


def _render_report(report: Report, fmt: str, statistics: bool, color: bool) -> str:
    if statistics:
        from wakecheck.render.text import statistics as render_statistics

        return render_statistics(report)
    match fmt:
        case "json":
            from wakecheck.render.json import render as render_json

            return render_json(report)
        case "github":
            from wakecheck.render.github import render as render_github

            return render_github(report)
        case "sarif":
            from wakecheck.render.sarif import render as render_sarif

            return render_sarif(report, Path.cwd())
        case _:
            from wakecheck.render.text import render as render_text

            return render_text(report, color=color)


def _use_color(choice: str, output: str | None) -> bool:
    """--color: `auto` colours a terminal unless NO_COLOR is set; FORCE_COLOR forces it."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return output is None and sys.stdout.isatty()


def _explain_baseline(report: Report, baseline_path: str | None) -> None:
    if report.baselined:
        click.echo(f"wakecheck: {report.baselined} known finding(s) in the baseline not shown", err=True)
    if report.stale:
        click.echo(f"wakecheck: {len(report.stale)} baseline entr{'y is' if len(report.stale) == 1 else 'ies are'}"
                   " stale (fixed): rewrite it with --write-baseline", err=True)
        for entry in report.stale:
            click.echo(f"  stale: {entry.rule} {entry.path} `{entry.sink}` ({entry.entry})", err=True)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="pyproject.toml or wakecheck.toml to use.")
@click.option("--format", "fmt", type=click.Choice(("markdown", "json")), default="markdown", show_default=True)
@click.option("--output", metavar="FILE", help="Write the audit to FILE instead of stdout.")
@click.option("--check", "check_only", is_flag=True,
              help="Compare with --output FILE instead of writing it; exit 1 if it is stale.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .wakecheck_cache/.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help="Processes that parse files.")
@click.option("--strict", is_flag=True, help="Warnings (a pattern that matches nothing, nothing to check) exit 2.")
def audit(paths: tuple[str, ...], config_path: str | None, fmt: str, output: str | None,
          check_only: bool, no_cache: bool, jobs: int | None, strict: bool) -> None:
    """Write the code-path audit of every periodic loop under PATHS (default: .)."""
    from wakecheck.config import load_config
    from wakecheck.engine import RunOptions, run_audit

    try:
        if check_only and output is None:
            raise UsageError("--check needs --output FILE: the audit document to compare with")
        config = load_config(list(paths), config_path, Path.cwd())
        _assumed(config, paths)
        result = run_audit(list(paths) or ["."], config,
                           options=RunOptions(cache=not no_cache, jobs=jobs, contain_bugs=_contain_bugs()))
        if fmt == "json":
            from wakecheck.render.audit_json import render as render_json, without_line_numbers

            text = render_json(result)
        else:
            from wakecheck.render.markdown import render as render_markdown, without_line_numbers

            base = os.path.relpath(Path(output).resolve().parent) if output else "."
            text = render_markdown(result, base)
        failed = _warn((*result.warnings, *result.config_warnings), strict or config.strict, quiet=False)
        for error in result.errors:
            click.echo(f"{error.path}:{error.line}:{error.column}: {error.message}", err=True)
        if check_only:
            assert output is not None
            _compare(Path(output), text, without_line_numbers, _regenerate(paths, fmt, output, config_path))
        else:
            _write(text, output)
    except WakecheckError as exc:
        _fail(exc)
        return
    sys.exit(2 if result.errors or failed else 0)


def _compare(path: Path, text: str, blind: Callable[[str], str], regenerate: str) -> None:
    """`--check`: exit 1 with a diff on stderr unless `path` says what `text` says, line numbers aside."""
    from wakecheck.freshness import Freshness, compare

    try:
        current = path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        click.echo(f"wakecheck: {path} does not exist; write it with `{regenerate}`", err=True)
        sys.exit(1)
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    found = compare(current, text, blind, str(path))
    match found.freshness:
        case Freshness.CURRENT:
            click.echo(f"wakecheck: {path} is up to date", err=True)
        case Freshness.MOVED:
            click.echo(f"wakecheck: {path} is up to date but its line numbers are not (code moved); "
                       f"refresh its links with `{regenerate}`", err=True)
        case _:  # STALE: what the audit says has changed
            for line in found.diff:
                click.echo(line, nl=False, err=True)
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


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="pyproject.toml or wakecheck.toml to use.")
@click.option("--format", "fmt", type=click.Choice(("json", "pycg", "mermaid")), default="json", show_default=True,
              help="json: call sites and unresolved calls; pycg: PyCG's format; mermaid: the periodic loops' reach.")
@click.option("--output", metavar="FILE", help="Write the graph to FILE instead of stdout.")
def graph(paths: tuple[str, ...], config_path: str | None, fmt: str, output: str | None) -> None:
    """Write the call graph the analysis resolves for PATHS (default: .)."""
    from wakecheck.config import load_config
    from wakecheck.graph import build

    try:
        config = load_config(list(paths), config_path, Path.cwd())
        _assumed(config, paths)
        result = build(list(paths) or ["."], config, contain_bugs=_contain_bugs())
        match fmt:
            case "pycg":
                from wakecheck.render.graph_pycg import render as render_pycg

                text = render_pycg(result)
            case "mermaid":
                from wakecheck.render.graph_mermaid import render as render_mermaid

                if not result.entries and not result.errors:  # a file error is the reason: said below
                    click.echo("wakecheck: warning: no function matches the entry patterns; "
                               "the diagram shows every function", err=True)
                text = render_mermaid(result)
            case _:
                from wakecheck.render.graph_json import render as render_graph_json

                text = render_graph_json(result)
        for error in result.errors:
            click.echo(f"{error.path}:{error.line}:{error.column}: {error.message}", err=True)
        _write(text, output)
    except WakecheckError as exc:
        _fail(exc)
        return
    sys.exit(2 if result.errors else 0)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--write", is_flag=True,
              help="Add the table to pyproject.toml; only when the project has no wakecheck configuration yet.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .wakecheck_cache/.")
def init(paths: tuple[str, ...], write: bool, no_cache: bool) -> None:
    """Propose a [tool.wakecheck] table for the project under PATHS (default: .).

    It is printed; --write adds it to pyproject.toml, never replacing a configuration.
    """
    from wakecheck import proposal
    from wakecheck.config import load_config
    from wakecheck.discovery import display_path
    from wakecheck.engine import RunOptions

    try:
        cwd = Path.cwd()
        config = load_config(list(paths), None, cwd)
        if config.source is not None:
            shown = display_path(config.source, cwd)
            what = "has a [tool.wakecheck] table" if config.source.name == "pyproject.toml" else "configures wakecheck"
            if write:
                raise UsageError(f"already {what}; `wakecheck init --write` never replaces a configuration "
                                 "(without --write it prints a proposal)", path=shown)
            click.echo(f"wakecheck: note: {shown} already {what}; the proposal leaves out its idle model", err=True)
        root = config.root if config.source is not None else proposal.project_root(
            config, Path(os.path.abspath(paths[0] if paths else ".")), cwd)
        pyproject = root / "pyproject.toml"
        found = proposal.propose(paths, config, cwd, RunOptions(cache=not no_cache, contain_bugs=_contain_bugs()))
        text = proposal.render(found, root, cwd)
        for error in found.errors:
            click.echo(f"{error.path}:{error.line}:{error.column}: {error.message}", err=True)
        shown = display_path(pyproject, cwd)
        if write:
            from wakecheck.output import write_atomic

            write_atomic(pyproject, proposal.add_table(pyproject, text, shown))
            click.echo(f"wakecheck: added the proposed [tool.wakecheck] table to {shown}; confirm its commented "
                       "candidates, then run `wakecheck check`", err=True)
        else:
            _write(text, None)
            click.echo(f"wakecheck: a proposal for {shown}: review it, then add it with `wakecheck init --write`",
                       err=True)
    except WakecheckError as exc:
        _fail(exc)
        return
    sys.exit(2 if found.errors else 0)


@main.command("rules")
def rules_() -> None:
    """List the rules."""
    from wakecheck.rules import RULES

    for rule in RULES:
        state = "on" if rule.default_on else "off"
        click.echo(f"{rule.code}  {rule.name:<16} {state:<3} {rule.severity.value:<7} {rule.summary}")


@main.command()
@click.argument("topic", metavar="CODE|KEY|FILE:LINE")
@click.option("--config", "config_path", metavar="FILE", help="With FILE:LINE: pyproject.toml or wakecheck.toml to use.")
@click.option("--no-cache", is_flag=True, help="With FILE:LINE: neither read nor write .wakecheck_cache/.")
def explain(topic: str, config_path: str | None, no_cache: bool) -> None:
    """Explain a rule (WC001), a configuration key (active-guards), or the waking calls on FILE:LINE.

    For FILE:LINE (a finding's FILE:LINE:COL works too): whether an idle tick reaches each
    call on that line that wakes a resource, by which chains, and on each what lets it
    through or stops it.
    """
    from wakecheck.config import KEYS
    from wakecheck.config_docs import BY_KEY
    from wakecheck.rules import BY_CODE, rule

    try:
        site = _file_line(topic)
        if site is not None:
            sys.exit(_explain_line(*site, config_path, no_cache))
        if topic.upper().startswith("WC"):
            found = rule(topic)
            click.echo(f"# {found.code} ({found.name})\n\n{found.summary}\n\n{found.explanation}", nl=False)
        elif topic in KEYS:
            click.echo(BY_KEY[topic].render(), nl=False)
        elif Path(topic).is_file():
            raise UsageError("name the line too, as FILE:LINE", path=topic)
        else:
            raise UsageError(_unknown_topic(topic, (*BY_CODE, *KEYS)))
    except WakecheckError as exc:
        _fail(exc)


def _file_line(topic: str) -> tuple[Path, int] | None:
    """`FILE:LINE` or `FILE:LINE:COL` as a file and a line, or None when `topic` is neither."""
    import re

    for pattern in (r"(.+):(\d+):\d+", r"(.+):(\d+)"):
        match = re.fullmatch(pattern, topic)
        if match and (Path(match[1]).is_file() or pattern.endswith(r"(\d+)")):
            return Path(match[1]), int(match[2])
    return None


def _explain_line(path: Path, line: int, config_path: str | None, no_cache: bool) -> int:
    from wakecheck.config import load_config
    from wakecheck.discovery import display_path
    from wakecheck.engine import RunOptions, explain_line
    from wakecheck.render.explain_site import render

    if not path.is_file():
        raise UsageError("no such file", path=str(path))
    with path.open("rb") as source:
        count = sum(1 for _ in source)
    if not 1 <= line <= count:
        raise UsageError(f"line {line} is outside the file, which has {count} line{'s' if count != 1 else ''}",
                         path=str(path))
    config = load_config([str(path)], config_path, Path.cwd())
    found, analysis = explain_line(path.absolute(), line, config,
                                   options=RunOptions(cache=not no_cache, contain_bugs=_contain_bugs()))
    if found.path not in analysis.sources:
        raise UsageError(f"not analysed: excluded, or outside the project at {display_path(config.root, Path.cwd())}",
                         path=found.path)
    for warning in analysis.warnings:
        click.echo(f"wakecheck: warning: {warning}", err=True)
    for error in analysis.errors:
        click.echo(f"{error.path}:{error.line}:{error.column}: {error.message}", err=True)
    click.echo(render(found), nl=False)
    return 2 if analysis.errors else 0


def _unknown_topic(topic: str, known: tuple[str, ...]) -> str:
    import difflib

    message = f"'{topic}' is neither a rule code, a configuration key nor FILE:LINE"
    close = difflib.get_close_matches(topic.lower().replace("_", "-"), [k.lower() for k in known], n=1, cutoff=0.6)
    if close:
        return f"{message} (did you mean '{next(k for k in known if k.lower() == close[0])}'?)"
    return f"{message} (keys: {', '.join(k for k in known if not k.startswith('WC'))}; rules: `wakecheck rules`)"
