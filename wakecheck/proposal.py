"""`wakecheck init`: the `[tool.wakecheck]` table proposed for a project, and adding it to pyproject.toml.

What the analysis finds is proposed as it is: the entries and where they are, the
Wrangler bindings whose stubs are container handles, the functions that return one, and
each resource a built-in library model found at work, as a resource table holding what
the model assumes (its name, its usual idle timeout) for the user to review; a function
returning a handle the model already knows is said, never proposed as a factory.
What only the user can know — which predicates are False on an idle tenant, which
collections are empty, which predicates are rarely True — is proposed as candidates,
commented out, each with the place it came from. Accepted as it is, the table checks the
project with no idle model: every container call an idle tick may reach is reported.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck.analysis.candidates import Candidate, Factory, Kind, Route
from wakecheck.config import AUTO_ENTRY, Config, check_table
from wakecheck.engine import RunOptions, analyse
from wakecheck.errors import ConfigError
from wakecheck.model import FileError
from wakecheck.patterns import PatternMap, PatternSet
from wakecheck.resources import DEFAULT_KEY, DEFAULT_RESOURCES, Resource, either
from wakecheck.wrangler import DurableObjectBinding, Wrangler

if TYPE_CHECKING:
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.results import EntryResult

TABLE = "[tool.wakecheck]"
_NONE = "# (none found)"


@dataclass(frozen=True, slots=True)
class EntryFound:
    pattern: str
    qualname: str
    path: str
    line: int
    binding: DurableObjectBinding | None  # the Wrangler binding of its class, if any
    idiom: str | None = None  # the periodic idiom it was recognised by


@dataclass(frozen=True, slots=True)
class ResourceFound:
    """A resource the loops wake through built-in library models, as the run knows it."""

    resource: Resource  # its table's, or the built-in default the models give their handles to
    configured: bool  # it comes from a `[tool.wakecheck.resources.KEY]` table
    models: tuple[tuple[str, tuple[str, ...]], ...]  # each model at work → the library calls met
    factories: tuple[Factory, ...]  # project functions returning its handles


@dataclass(frozen=True, slots=True)
class Proposal:
    """What `wakecheck init` found, to be rendered as a table (paths relative to the current directory)."""

    entries: tuple[EntryFound, ...]
    default_entry: tuple[str, ...]  # the entry patterns searched
    wrangler: Wrangler | None
    factories: tuple[Factory, ...]  # functions returning container handles (no library model knows them)
    configured_factories: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    errors: tuple[FileError, ...]
    resources: tuple[ResourceFound, ...] = ()
    woken: tuple[tuple[str, str], ...] = ()  # (key, name) of each resource the routes reach, the container first
    unit: str = "tenant"

    def waking_calls(self) -> str:
        """How the comments name the calls the candidates are on the way to."""
        if all(key == DEFAULT_KEY for key, _ in self.woken):
            return "container calls"
        return f"calls that wake {either([name for _, name in self.woken])}"


def propose(paths: Sequence[str], config: Config, cwd: Path, options: RunOptions) -> Proposal:
    """Analyse the project as configured, but with no idle model (every path live), and say what was found."""
    bare = replace(config, active_guards=PatternSet(()), empty_on_idle=PatternMap(()), rare=PatternMap(()))
    # Ghost tracks on, as for the audit: each call site keeps what it reaches (more routes to read).
    options = replace(options, ghosts=True, reuse=False, findings_only=False)
    analysis = analyse(list(paths) or ["."], bare, cwd, options=options)
    config = analysis.config
    interp = analysis.interpreter
    found: list[EntryFound] = []
    classes = {b.class_name: b for b in config.wrangler.bindings} if config.wrangler is not None else {}
    for entry in analysis.entries:
        parts = entry.qualname.split(".")
        owner = parts[-2] if entry.function.class_qualname is not None and len(parts) > 1 else None
        pattern = f"*.{owner}.{parts[-1]}" if owner else f"*.{parts[-1]}"
        found.append(EntryFound(pattern, entry.qualname, entry.path, entry.function.span.line,
                                classes.get(owner) if owner else None, entry.idiom))
    factories: list[Factory] = []
    candidates: list[Candidate] = []
    resources: list[ResourceFound] = []
    woken: dict[str, None] = {}
    if interp is not None:
        from wakecheck.analysis import candidates as finding

        factories = finding.factories(interp)
        routes = list(_routes(analysis.entries, interp))
        candidates = finding.candidates(routes, interp)
        woken = dict.fromkeys(sorted({r.resource for r in routes} | {f.resource for f in factories}))
        resources = _library_resources(config, woken, factories, finding.library_calls(interp))
    names = config.resources()
    return Proposal(tuple(found), config.entries.patterns, config.wrangler,
                    tuple(f for f in factories if not f.model), config.container_factories.patterns,
                    tuple(candidates), analysis.errors, tuple(resources),
                    tuple((key, names.get(key).name) for key in woken), config.idle_unit)


def _library_resources(config: Config, woken: dict[str, None], factories: Sequence[Factory],
                       calls: dict[str, tuple[str, ...]]) -> list[ResourceFound]:
    """The resources reached that a built-in model's handles belong to, each with the models that found them."""
    resources = config.resources()
    configured = {r.key for r in config.named_resources}
    out = []
    for key in woken:
        models = tuple((model, calls[model]) for model, owner in resources.by_model
                       if owner == key and model in calls)
        if key == DEFAULT_KEY or not models:
            continue  # the container's own keys, or a resource only configured factories and sinks make
        out.append(ResourceFound(resources.get(key), key in configured, models,
                                 tuple(f for f in factories if f.resource == key and f.model)))
    return out


def _routes(entries: Sequence[EntryResult], interp: Interpreter) -> Iterator[Route]:
    """Every way to a container call the analysis saw: each entry's, and each analysed call site's."""
    from wakecheck.analysis.candidates import routes
    from wakecheck.analysis.reach import Summary

    for entry in entries:
        yield from routes(entry.summary.hits.values())
    for summary in list(interp.summaries.values()):
        if isinstance(summary, Summary):
            for hits in summary.site_hits.values():
                yield from routes(hits.values())


# ---------------------------------------------------------------------------
# the table


def render(proposal: Proposal, base: Path, cwd: Path) -> str:
    """The proposal as TOML: a `[tool.wakecheck]` table, with places relative to `base` (where it goes)."""
    where = _Places(base, cwd)
    unit = proposal.unit
    calls = proposal.waking_calls()
    lines = ["# Proposed by `wakecheck init`. Each line says where it came from. The candidates are",
             f"# commented out: uncomment the ones that hold on an idle {unit}, then run `wakecheck check`.",
             TABLE]
    lines += _entries(proposal, where)
    lines += _resources(proposal, where)
    guards = [c for c in proposal.candidates if c.kind is Kind.PREDICATE]
    lines += _wrapped(f"Candidate active guards: predicates tested on the way to {calls}. Uncomment those"
                      f" that are False on an idle {unit} (no active work).")
    lines += ["active-guards = ["]
    lines += [f"    # {_quoted(c.pattern)},  # {_origin(c, where)}" for c in guards] or ["    " + _NONE]
    lines += ["]", ""]
    # Tables last: a key written after a table header would belong to that table.
    for found in proposal.resources:
        lines += _resource_table(found, where)
    collections = [c for c in proposal.candidates if c.kind is Kind.COLLECTION]
    lines += _wrapped(f"Candidate idle facts: collections and counts tested or looped over on the way to {calls}."
                      f" Uncomment those that are empty (or zero) on an idle {unit}; the text is the reason a NO"
                      " verdict gives.")
    lines += ["[tool.wakecheck.empty-on-idle]"]
    lines += [f"# {_quoted(c.pattern)} = {_quoted(_reason(c))}  # {_origin(c, where)}" for c in collections] or [_NONE]
    rare = [c for c in proposal.candidates if c.kind is Kind.RARE]
    lines += [""]
    lines += _wrapped(f"Candidate rare predicates: asked about the time on the way to {calls}. Uncomment those"
                      " that are almost always False; the text is the reason a RARELY verdict gives.")
    lines += ["[tool.wakecheck.rare]"]
    lines += [f"# {_quoted(c.pattern)} = {_quoted(_reason(c))}  # {_origin(c, where)}" for c in rare] or [_NONE]
    return "\n".join(lines) + "\n"


def _entries(proposal: Proposal, where: _Places) -> list[str]:
    if not proposal.entries:
        searched = ", ".join(proposal.default_entry)
        return [f"# No entry found (searched: {searched}). Name the function where your periodic loop starts:",
                '# entry = ["*.MyDurableObject.alarm"]', ""]
    lines = ["# Where the periodic loops start (found in the code):", "entry = ["]
    for pattern in dict.fromkeys(e.pattern for e in proposal.entries):
        entry = next(e for e in proposal.entries if e.pattern == pattern)
        origin = where.at(entry.path, entry.line)
        if entry.binding is not None and proposal.wrangler is not None:
            origin += (f", Durable Object {entry.binding.name} in "
                       f"{where.at(proposal.wrangler.path, entry.binding.line)}")
        if entry.idiom is not None:
            origin += f", recognised: {entry.idiom}"
        lines.append(f"    {_quoted(pattern)},  # {origin}")
    if any(e.idiom is not None for e in proposal.entries):
        # Named alone, an entry found by its idiom would lose what the idiom says (a job's period).
        lines.append(f"    {_quoted(AUTO_ENTRY)},  # the idioms wakecheck recognises: they give those entries"
                     " their period")
    return [*lines, "]", ""]


def _resources(proposal: Proposal, where: _Places) -> list[str]:
    lines: list[str] = []
    wrangler = proposal.wrangler
    namespaces = [b for b in wrangler.bindings if b.container] if wrangler is not None else []
    if wrangler is not None and namespaces:
        lines.append("# Container handles need no pattern for the stubs of these bindings "
                     f"({where.path(wrangler.path)}):")
        lines += [f"#   env.{b.name}: {b.class_name}, line {b.line}" for b in namespaces]
    factories = [*((p, "configured") for p in proposal.configured_factories),
                 *((f.pattern, f"{where.at(f.path, f.line)}: {f.qualname.rpartition('.')[2]} returns "
                    f"{_source(f.source)}") for f in proposal.factories)]
    if factories:
        lines += ["# Calls that return a container handle:", "container-factories = ["]
        lines += [f"    {_quoted(p)},  # {origin}" for p, origin in dict(factories).items()]
        lines += ["]", ""]
    elif proposal.resources:
        pass  # what wakes is known to the library models (said below): no factory is missing
    elif not namespaces:
        lines += ["# Nothing found that wakes: name the calls that return a container handle (a stub, a client),",
                  "# or describe what sleeps in a [tool.wakecheck.resources.NAME] table (an HTTP service by its",
                  "# `urls`, your own client by its `factories`; see docs/resources.md).",
                  "container-factories = []", ""]
    else:
        lines.append("")
    if proposal.resources and not factories:
        tables = ", ".join(f"[tool.wakecheck.resources.{found.resource.key}]" for found in proposal.resources)
        lines += _wrapped(f"No container-factories or sinks needed: the built-in library models know what wakes"
                          f" (see {tables} below).")
        lines.append("")
    return lines


def _resource_table(found: ResourceFound, where: _Places) -> list[str]:
    """A resource the models found, with what they assume of it to review: its name, its idle timeout."""
    resource = found.resource
    named = f"{resource.name[:1].upper()}{resource.name[1:]}"
    known = []
    for model, calls in found.models:
        returned = [f"what {f.qualname.rpartition('.')[2]} returns ({where.at(f.path, f.line)})"
                    for f in found.factories if f.model == model]
        known.append(f"the built-in {model} model knows {' and '.join([', '.join(calls), *returned])}")
    how = "as the configuration describes it" if found.configured else "found by the library models"
    lines = _wrapped(f"{named}, {how}: {'; '.join(known)}. Review what is assumed of it: its idle timeout"
                     " (the audit's wake cost uses it), and what an awake hour costs.")
    lines += [f"[tool.wakecheck.resources.{resource.key}]", f"name = {_quoted(resource.name)}"]
    names = list(dict.fromkeys([*resource.models, *(m for m, _ in found.models)]))
    lines.append(f"models = [{', '.join(_quoted(m) for m in names)}]")
    for key, patterns in (("factories", resource.factories.patterns), ("sinks", resource.sinks.patterns),
                          ("quiet-methods", tuple(sorted(resource.quiet_methods))), ("urls", resource.urls)):
        if patterns:
            lines.append(f"{key} = [{', '.join(_quoted(p) for p in patterns)}]")
    default = DEFAULT_RESOURCES.get(resource.key)
    if resource.sleep_after_s is None:
        lines.append('# sleep-after = "5m"  # not known here: how long it stays awake after its last request')
    elif found.configured:
        lines.append(f"sleep-after = {_quoted(_duration(resource.sleep_after_s))}  # configured")
    else:
        basis = f"{default.basis}, " if default is not None and default.basis else ""
        lines.append(f"sleep-after = {_quoted(_duration(resource.sleep_after_s))}  # {basis}the built-in default:"
                     " set the one yours has")
    if resource.price_per_hour is not None:
        lines.append(f"price-per-hour = {resource.price_per_hour:g}  # configured")
    else:
        lines.append("# price-per-hour = 0.0  # what an awake hour costs: the audit adds the month's hours and cost")
    return [*lines, ""]


def _duration(seconds: float) -> str:
    """A duration as the configuration writes it: "5m", "1h", "90s"."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def _wrapped(text: str, width: int = 96) -> list[str]:
    """A comment, wrapped as the table's other comments are."""
    import textwrap

    return [f"# {line}" for line in textwrap.wrap(text, width - 2, break_on_hyphens=False)]


def _source(factory: str) -> str:
    from wakecheck.analysis.bindings import ENV

    if factory.startswith(ENV + "."):
        return f"a stub of env.{factory.removeprefix(ENV + '.')}"
    return f"what {factory.rpartition('.')[2]} returns"


def _origin(candidate: Candidate, where: _Places) -> str:
    return (f"{where.at(candidate.path, candidate.line)}, on the way to {candidate.sink} at "
            f"{where.at(candidate.sink_path, candidate.sink_line)}")


def _reason(candidate: Candidate) -> str:
    name = candidate.pattern.rpartition(".")[2]
    if candidate.kind is Kind.RARE:
        return f"only when {name} is true"
    return f"{name} is empty"


def _quoted(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for these)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class _Places:
    """Paths as the table's file sees them: relative to its directory, not to where init ran."""

    base: Path
    cwd: Path

    def path(self, display: str) -> str:
        absolute = os.path.normpath(self.cwd / display)
        try:
            return Path(os.path.relpath(absolute, self.base)).as_posix()
        except ValueError:  # another drive
            return Path(absolute).as_posix()

    def at(self, display: str, line: int) -> str:
        return f"{self.path(display)}:{line}"


# ---------------------------------------------------------------------------
# where it goes


def project_root(config: Config, first: Path, cwd: Path) -> Path:
    """The directory whose pyproject.toml the table goes into: the nearest one holding a pyproject.toml,
    else the Wrangler file's, else the first path (a directory) itself."""
    start = first if first.is_dir() else first.parent
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
        if (folder / ".git").exists():
            break
    if config.wrangler is not None:
        return Path(os.path.normpath(cwd / config.wrangler.path)).parent
    return start


def add_table(pyproject: Path, table: str, display: str) -> str:
    """pyproject.toml's text with `table` added at its end; ConfigError if it would not be a valid configuration.

    The caller has made sure no wakecheck configuration exists: nothing is ever replaced.
    """
    try:
        current = pyproject.read_text(encoding="utf-8") if pyproject.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path=display) from exc
    text = current + ("\n" if current and not current.endswith("\n") else "") + ("\n" if current else "") + table
    check_table(text, pyproject, display)
    return text
