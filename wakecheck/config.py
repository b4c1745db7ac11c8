"""Finds, reads and validates the `[tool.wakecheck]` configuration into a frozen Config."""

from __future__ import annotations

import ast
import codecs
import difflib
import math
import os
import re
import sys
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from wakecheck.discovery import display_path
from wakecheck.errors import ConfigError
from wakecheck.patterns import PatternMap, PatternSet, compile_pattern

KEYS = (
    "entry", "container-factories", "sinks", "active-guards", "empty-on-idle", "rare",
    "quiet-methods", "sleep-after", "idle-interval", "select", "ignore", "exclude", "fix-guard",
    "blocks-on-idle",
)
DEFAULT_ENTRY = ("alarm",)
# In an `entry` list, the periodic idioms wakecheck recognises by itself (docs/periodic-entries.md).
AUTO_ENTRY = "auto"

# Searched in this order in each directory, nearest directory first.
CONFIG_NAMES = ("wakecheck.toml", "pyproject.toml")

_CODE = re.compile(r"WC\d{3}\Z")
_NUMBER = re.compile(r"\d+(?:\.\d+)?\Z")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|d|h|m|s)")
_UNIT_SECONDS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
# A table header line, `[a.b]` or `[[a.b]]`, not an array value on its own line.
_HEADER = re.compile(r"""\s*\[\[?([\w\s.\-"']+)\]\]?\s*(?:#.*)?\Z""")


@dataclass(frozen=True, slots=True)
class Config:
    """The validated configuration; the README's "Configuration" says what each key means."""

    root: Path
    """Directory that paths in the config are relative to: the config file's, else the cwd."""
    source: Path | None
    """The file it came from; None for the built-in defaults."""
    entry: PatternSet
    """The entry globs, without `"auto"` (see `entry_auto`)."""
    container_factories: PatternSet
    sinks: PatternSet
    active_guards: PatternSet
    empty_on_idle: PatternMap
    rare: PatternMap
    quiet_methods: frozenset[str]
    sleep_after_s: float | None
    idle_interval_s: float | None
    select: tuple[str, ...] | None
    """Rule codes to run; None means each rule's own default."""
    ignore: tuple[str, ...]
    exclude: tuple[str, ...]
    """Path patterns relative to `root` (see wakecheck.discovery)."""
    fix_guard: str | None
    entry_auto: bool = False
    """Whether the periodic idioms wakecheck recognises are entries too (no `entry` key, or `"auto"` in it)."""
    blocks_on_idle: PatternSet = PatternSet(())
    """Calls that wait for work: on an idle tick they never return."""

    @property
    def recognises(self) -> bool:
        """Whether the periodic idioms are entries: asked for, and something could be woken.

        Without a container factory or a sink nothing can wake, so no recognised entry could
        report anything; a tree is then only searched for `def alarm`, as before idioms were
        recognised.
        """
        return self.entry_auto and bool(self.container_factories.patterns or self.sinks.patterns)

    def digest(self) -> str:
        """A digest of what the configuration means (not where it lives)."""
        import hashlib
        import json

        canonical = {
            "entry": self.entry.patterns, "container-factories": self.container_factories.patterns,
            "sinks": self.sinks.patterns, "active-guards": self.active_guards.patterns,
            "empty-on-idle": self.empty_on_idle.items, "rare": self.rare.items,
            "quiet-methods": sorted(self.quiet_methods), "sleep-after": self.sleep_after_s,
            "idle-interval": self.idle_interval_s, "exclude": self.exclude,
        }
        # Added only when set, so that a configuration without them keeps the digest it had.
        if self.entry_auto:
            canonical["entry-auto"] = True
        if self.blocks_on_idle.patterns:
            canonical["blocks-on-idle"] = self.blocks_on_idle.patterns
        return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()

    @classmethod
    def defaults(cls, root: Path) -> Config:
        """The configuration used when no config file is found."""
        return cls(
            root=root, source=None, entry=PatternSet(DEFAULT_ENTRY),
            container_factories=PatternSet(()), sinks=PatternSet(()),
            active_guards=PatternSet(()), empty_on_idle=PatternMap(()), rare=PatternMap(()),
            quiet_methods=frozenset(), sleep_after_s=None, idle_interval_s=None,
            select=None, ignore=(), exclude=(), fix_guard=None, entry_auto=True,
        )


def find_config(start: Path, cwd: Path | None = None) -> Path | None:
    """The nearest config file at or above `start` (a file or a directory), or None.

    In each directory `wakecheck.toml` is taken as it is, and
    `pyproject.toml` only if it has a `[tool.wakecheck]` table; otherwise
    the search goes on upwards to the filesystem root. A malformed file met
    on the way is an error, since it cannot be told whether it configures
    wakecheck. `cwd` only shapes the paths in error messages.
    """
    found = _find(start, Path.cwd() if cwd is None else cwd)
    return None if found is None else found.path


def load_config(paths: Sequence[str], explicit: str | None = None,
                cwd: Path | None = None) -> Config:
    """The configuration for a run over `paths`.

    An `explicit` file (`--config`) wins; it must exist, and if it is a
    `pyproject.toml` it must have a `[tool.wakecheck]` table. Otherwise the
    nearest config above the first path (default ".") is used, else the
    defaults with the current directory as root.
    """
    cwd = Path.cwd() if cwd is None else _absolute(cwd, Path.cwd())
    if explicit is not None:
        path = _absolute(Path(explicit), cwd)
        display = display_path(path, cwd)
        if not path.exists():
            raise ConfigError("config file not found", path=display)
        table = _read(path, display)
        if table is None:
            raise ConfigError("no [tool.wakecheck] table in the config file", path=display)
        return table.build()
    first = paths[0] if paths else "."
    table = _find(Path(first), cwd)
    return Config.defaults(cwd) if table is None else table.build()


def parse_duration(text: str | int | float, key: str) -> float:
    """Seconds in `text`: "30m", "1h", "90s", "250ms", "1h30m", "2d", or a plain number of seconds.

    Units must appear largest first, each at most once. The result must be
    a positive, finite number; anything else raises ConfigError naming `key`.
    """
    seconds: float | None = None
    if isinstance(text, bool):  # a TOML `true` is not a number of seconds
        seconds = None
    elif isinstance(text, (int, float)):
        seconds = float(text)
    elif isinstance(text, str):
        seconds = _duration_seconds(text.strip())
    if seconds is None or not math.isfinite(seconds) or seconds <= 0:
        got = repr(text) if isinstance(text, (str, int, float)) else _type_name(text)
        raise ConfigError(f"'{key}' must be a positive duration like \"30m\" or \"1h30m\","
                          f" or a number of seconds, got {got}", key=key)
    return seconds


def _duration_seconds(text: str) -> float | None:
    if _NUMBER.match(text):
        return float(text)
    total, pos, previous_unit = 0.0, 0, math.inf
    while pos < len(text):
        part = _DURATION_PART.match(text, pos)
        if part is None:
            return None
        unit = _UNIT_SECONDS[part.group(2)]
        if unit >= previous_unit:  # "30m1h", "1h1h": almost certainly a typo
            return None
        total += float(part.group(1)) * unit
        previous_unit, pos = unit, part.end()
    return total if pos else None


def _absolute(path: Path, cwd: Path) -> Path:
    return Path(os.path.normpath(cwd / path))


def _find(start: Path, cwd: Path) -> _Table | None:
    start = _absolute(start, cwd)
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                table = _read(candidate, display_path(candidate, cwd))
                if table is not None:
                    return table
    return None


def _read(path: Path, display: str) -> _Table | None:
    """Read and parse a config file; None if it is a pyproject.toml without our table."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror or exc}", path=display) from exc
    # Editors on Windows like to write a UTF-8 byte-order mark; TOML forbids
    # it, but refusing the whole file over it helps nobody.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"config file is not valid UTF-8 ({exc.reason})",
                          path=display, line=line) from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        position = _TOML_POSITION.search(str(exc))
        # The parser says "(at end of document)" for unclosed constructs.
        line = int(position.group(1)) if position else max(1, len(text.splitlines()))
        raise ConfigError(f"invalid TOML: {exc}", path=display, line=line) from exc
    return _extract(document, path, text, display)


def _extract(document: Mapping[str, object], path: Path, text: str,
             display: str) -> _Table | None:
    """Pick the wakecheck table out of a parsed file."""
    tool = document.get("tool")
    if isinstance(tool, dict) and "wakecheck" in tool:
        values = tool["wakecheck"]
        if not isinstance(values, dict):
            raise ConfigError(f"[tool.wakecheck] must be a table, got {_type_name(values)}",
                              path=display, key="tool.wakecheck",
                              line=_key_line(text, "wakecheck", "tool"))
        table = _Table(values, path, text, display, "tool.wakecheck")
        if path.name != "pyproject.toml":
            # A wakecheck.toml holding [tool.wakecheck] must not also hold
            # top-level keys: they would be silently ignored.
            for key in document:
                if key != "tool":
                    raise ConfigError(f"unknown key '{key}' outside [tool.wakecheck]",
                                      path=display, key=key, line=_key_line(text, key, ""))
        return table
    if path.name == "pyproject.toml":
        return None
    return _Table(document, path, text, display, "")


@dataclass(frozen=True, slots=True)
class _Table:
    """The raw wakecheck table of one file, with what is needed to point at a bad key."""

    values: Mapping[str, object]
    path: Path
    text: str
    display: str
    name: str
    """Dotted name of the table in the file: "tool.wakecheck", or "" for a whole wakecheck.toml."""

    def build(self) -> Config:
        for key in self.values:
            if key not in KEYS:
                raise self.error(key, _unknown_key_message(key, self.name))
        entry = self.patterns("entry", DEFAULT_ENTRY)
        auto = "entry" not in self.values or AUTO_ENTRY in entry.patterns
        return Config(
            root=self.path.parent,
            source=self.path,
            entry=PatternSet(tuple(p for p in entry.patterns if p != AUTO_ENTRY)),
            entry_auto=auto,
            blocks_on_idle=self.patterns("blocks-on-idle"),
            container_factories=self.patterns("container-factories"),
            sinks=self.patterns("sinks"),
            active_guards=self.patterns("active-guards"),
            empty_on_idle=self.pattern_map("empty-on-idle"),
            rare=self.pattern_map("rare"),
            quiet_methods=self.method_names("quiet-methods"),
            sleep_after_s=self.duration("sleep-after"),
            idle_interval_s=self.duration("idle-interval"),
            select=self.codes("select"),
            ignore=self.codes("ignore") or (),
            exclude=self.path_patterns("exclude"),
            fix_guard=self.code("fix-guard"),
        )

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(message, path=self.display, key=key,
                           line=_key_line(self.text, key, self.name))

    def relocated(self, exc: ConfigError) -> ConfigError:
        """`exc` (raised without a location) pointed at this file and the key's line."""
        key = exc.key or ""
        return ConfigError(exc.message, path=self.display, key=exc.key,
                           line=_key_line(self.text, key, self.name))

    def string_list(self, key: str) -> tuple[str, ...] | None:
        if key not in self.values:
            return None
        value = self.values[key]
        if not isinstance(value, list):
            raise self.error(key, f"'{key}' must be a list of strings, got {_type_name(value)}")
        for number, item in enumerate(value, 1):
            if not isinstance(item, str):
                raise self.error(key, f"'{key}' must be a list of strings,"
                                      f" but item {number} is {_type_name(item)}")
        return tuple(value)

    def patterns(self, key: str, default: tuple[str, ...] = ()) -> PatternSet:
        values = self.string_list(key)
        if values is None:
            return PatternSet(default)
        try:
            return PatternSet(tuple(compile_pattern(p, key) for p in values))
        except ConfigError as exc:
            raise self.relocated(exc) from exc

    def pattern_map(self, key: str) -> PatternMap:
        if key not in self.values:
            return PatternMap(())
        value = self.values[key]
        if not isinstance(value, dict):
            raise self.error(key, f"'{key}' must be a table of pattern = \"reason\","
                                  f" got {_type_name(value)}")
        items: list[tuple[str, str]] = []
        for pattern, reason in value.items():
            if not isinstance(reason, str):
                raise self.error(key, f"'{key}' reason for {pattern!r} must be a string,"
                                      f" got {_type_name(reason)}")
            if not reason.strip() or "\n" in reason:
                raise self.error(key, f"'{key}' reason for {pattern!r} must be one non-empty line")
            try:
                items.append((compile_pattern(pattern, key), reason.strip()))
            except ConfigError as exc:
                raise self.relocated(exc) from exc
        return PatternMap(tuple(items))

    def method_names(self, key: str) -> frozenset[str]:
        names = self.string_list(key) or ()
        for name in names:
            if not name.isidentifier():
                raise self.error(key, f"'{key}' must hold plain method names, got {name!r}")
        return frozenset(names)

    def duration(self, key: str) -> float | None:
        if key not in self.values:
            return None
        value = self.values[key]
        try:
            if not isinstance(value, (str, int, float)):
                raise ConfigError(f"'{key}' must be a duration string or a number of seconds,"
                                  f" got {_type_name(value)}", key=key)
            return parse_duration(value, key)
        except ConfigError as exc:
            raise self.relocated(exc) from exc

    def codes(self, key: str) -> tuple[str, ...] | None:
        codes = self.string_list(key)
        for code in codes or ():
            if not _CODE.match(code):
                raise self.error(key, f"'{key}' has an invalid rule code {code!r}"
                                      " (a rule code is WC and three digits)")
        return codes

    def path_patterns(self, key: str) -> tuple[str, ...]:
        patterns = self.string_list(key) or ()
        for pattern in patterns:
            if not pattern.strip("/ ") or "\n" in pattern:
                raise self.error(key, f"'{key}' has an empty or blank pattern {pattern!r}")
        return patterns

    def string(self, key: str) -> str | None:
        if key not in self.values:
            return None
        value = self.values[key]
        if not isinstance(value, str):
            raise self.error(key, f"'{key}' must be a string, got {_type_name(value)}")
        if not value.strip() or "\n" in value:
            raise self.error(key, f"'{key}' must be one non-empty line")
        return value.strip()

    def code(self, key: str) -> str | None:
        """Python statements (`fix-guard`): checked to parse here, never run."""
        if key not in self.values:
            return None
        value = self.values[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"'{key}' must be a non-empty string of Python statements")
        try:
            compile(textwrap.dedent(value).strip("\n") + "\n", f"<{key}>", "exec", dont_inherit=True,
                    flags=ast.PyCF_ONLY_AST)
        except SyntaxError as exc:
            raise self.error(key, f"'{key}' is not valid Python: {exc.msg} (line {exc.lineno})") from exc
        return "\n".join(line.rstrip() for line in textwrap.dedent(value).strip("\n").splitlines())


def _unknown_key_message(key: str, table: str) -> str:
    where = f"[{table}]" if table else "wakecheck.toml"
    message = f"unknown key '{key}' in {where}"
    close = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.6)
    return f"{message} (did you mean '{close[0]}'?)" if close else message


def _type_name(value: object) -> str:
    """A TOML value's type as users read it in an error message."""
    return "table" if isinstance(value, dict) else type(value).__name__


def _key_line(text: str, key: str, table: str) -> int | None:
    """Best-effort 1-based line where `key` is set in `table` ("" = top level), or None.

    A line scan, not a parse: it finds `key = ...`, `key.sub = ...` and
    `[table.key]` headers, which covers how config keys are written; a key
    set through a dotted key on another table's line is not found.
    """
    key_line = re.compile(rf"""\s*(["']?){re.escape(key)}\1\s*[=.]""")
    subtable = f"{table}.{key}" if table else key
    inside = not table
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            name = re.sub(r"""[\s"']""", "", header.group(1))
            if name == subtable:
                return number
            inside = name == table
        elif inside and key_line.match(line):
            return number
    return None
