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
from dataclasses import dataclass, field, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from wakecheck.discovery import display_path
from wakecheck.errors import ConfigError
from wakecheck.patterns import PatternMap, PatternSet, compile_pattern
from wakecheck.wrangler import Wrangler
from wakecheck.wrangler import find as find_wrangler
from wakecheck.wrangler import load as load_wrangler
from wakecheck.resources import DEFAULT_KEY, DEFAULT_NAME, MODEL_NAMES, Resource, Resources, resolve

KEYS = (
    "entry", "container-factories", "sinks", "active-guards", "empty-on-idle", "rare",
    "quiet-methods", "sleep-after", "idle-interval", "select", "ignore", "exclude", "fix-guard",
    "strict", "idle-unit", "resources", "models", "fleet-size", "price-per-hour", "blocks-on-idle",
)
# The keys of a `[tool.wakecheck.resources.NAME]` table.
RESOURCE_KEYS = ("name", "factories", "sinks", "quiet-methods", "sleep-after", "models", "urls", "price-per-hour")
DEFAULT_ENTRY = ("alarm",)
DEFAULT_IDLE_UNIT = "tenant"
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
    named_resources: tuple[Resource, ...] = ()
    """`[tool.wakecheck.resources.NAME]` tables, by name."""
    models: tuple[str, ...] | None = None
    """The built-in library models in use; None: every one (each applies where its library is imported)."""
    fleet_size: int | None = None
    """How many tenants or instances run each loop: the audit's monthly figures count them all."""
    price_per_hour: float | None = None
    """What an awake hour of the default resource costs."""

    def resources(self) -> Resources:
        """Every resource of a run: the default one (the top-level keys), the named ones, and the
        resource each built-in model's handles belong to."""
        default = Resource(DEFAULT_KEY, DEFAULT_NAME, self.container_factories, self.sinks, self.quiet_methods,
                           self.sleep_after_s, price_per_hour=self.price_per_hour)
        return resolve(default, self.named_resources, self.models)
    strict: bool = False
    """Warnings (a pattern that matches nothing, nothing to check) exit 2."""
    idle_unit: str = DEFAULT_IDLE_UNIT
    """The word for one idle tenant in messages and the audit ("an idle town")."""
    wrangler: Wrangler | None = None
    """The Cloudflare Worker's Wrangler configuration, when the project has one."""
    entries: PatternSet = field(init=False, repr=False, compare=False)
    """The entry patterns in effect: `entry`, and the `alarm` of each Durable Object class bound in Wrangler."""

    def __post_init__(self) -> None:
        derived = tuple(f"*.{cls}.alarm" for cls in self.wrangler.entry_classes()) if self.wrangler else ()
        patterns = tuple(dict.fromkeys((*self.entry.patterns, *derived)))
        object.__setattr__(self, "entries", self.entry if patterns == self.entry.patterns else PatternSet(patterns))

    def namespaces(self) -> frozenset[str]:
        """The Wrangler bindings whose stubs are container handles (`env.NAME.get(...)`)."""
        return self.wrangler.namespaces() if self.wrangler is not None else frozenset()

    def analysis_digest(self) -> str:
        """A digest of everything in the configuration that may change a finding: `digest`, and Wrangler's facts."""
        import hashlib

        if self.wrangler is None:
            return self.digest()
        return hashlib.sha256(repr((self.digest(), self.wrangler.digest_parts())).encode()).hexdigest()
    entry_auto: bool = False
    """Whether the periodic idioms wakecheck recognises are entries too (no `entry` key, or `"auto"` in it)."""
    blocks_on_idle: PatternSet = PatternSet(())
    """Calls that wait for work: on an idle tick they never return."""

    @property
    def recognises(self) -> bool:
        """Whether the periodic idioms are entries: asked for, and something could be woken.

        Without a container factory, a sink, a resource, a library model or a Wrangler container
        binding nothing can wake, so no recognised entry could report anything; a tree is then only searched for `def alarm`, as before idioms were
        recognised.
        """
        return self.entry_auto and bool(self.container_factories.patterns or self.sinks.patterns
                                        or self.named_resources or self.models != () or self.namespaces())

    def model_modules(self) -> tuple[str, ...] | None:
        """When only built-in library models could wake: the modules whose import brings one in.

        None when something else can wake whatever the code imports (a factory, a sink, a
        Wrangler binding). A model's handles come only from its library's calls, reached
        through imports, so a tree that imports none of these modules has nothing to wake.
        """
        if (self.container_factories.patterns or self.sinks.patterns or self.namespaces()
                or any(r.factories.patterns or r.sinks.patterns for r in self.named_resources)):
            return None
        from wakecheck.resources import BUILTIN_MODELS

        resources = self.resources()
        in_use = {name for name, _ in resources.by_model}
        return tuple(module for model in BUILTIN_MODELS if model.name in in_use
                     and (not model.needs_urls or resources.url_resources) for module in model.modules)

    def digest(self) -> str:
        """A digest of what the `[tool.wakecheck]` table means (not where it lives)."""
        import hashlib
        import json

        canonical: dict[str, object] = {
            "entry": self.entry.patterns, "container-factories": self.container_factories.patterns,
            "sinks": self.sinks.patterns, "active-guards": self.active_guards.patterns,
            "empty-on-idle": self.empty_on_idle.items, "rare": self.rare.items,
            "quiet-methods": sorted(self.quiet_methods), "sleep-after": self.sleep_after_s,
            "idle-interval": self.idle_interval_s, "exclude": self.exclude,
        }
        # Keys added later count only when set: a configuration without them keeps its digest.
        if self.named_resources:
            canonical["resources"] = [_resource_canonical(r) for r in self.named_resources]
        if self.models is not None:
            canonical["models"] = self.models
        if self.fleet_size is not None:
            canonical["fleet-size"] = self.fleet_size
        if self.price_per_hour is not None:
            canonical["price-per-hour"] = self.price_per_hour
        if self.entry_auto:
            canonical["entry-auto"] = True
        if self.blocks_on_idle.patterns:
            canonical["blocks-on-idle"] = self.blocks_on_idle.patterns
        return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()

    def run_digest(self) -> str:
        """What stored findings depend on: the meaning (`analysis_digest`) and the words of their messages."""
        import hashlib

        return hashlib.sha256(f"{self.analysis_digest()}\0{self.idle_unit}".encode()).hexdigest()

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
    first = _absolute(Path(paths[0] if paths else "."), cwd)
    if explicit is not None:
        path = _absolute(Path(explicit), cwd)
        display = display_path(path, cwd)
        if not path.exists():
            raise ConfigError("config file not found", path=display)
        table = _read(path, display)
        if table is None:
            raise ConfigError("no [tool.wakecheck] table in the config file", path=display)
        config = table.build()
    else:
        found = _find(first, cwd)
        config = Config.defaults(cwd) if found is None else found.build()
    return with_wrangler(config, first, cwd)


def with_wrangler(config: Config, first: Path, cwd: Path) -> Config:
    """`config` with the Wrangler configuration of the project `first` (the first path) is in."""
    start = first if first.is_dir() else first.parent
    found = find_wrangler(start, config.root if config.source is not None else None)
    return config if found is None else replace(config, wrangler=load_wrangler(found, cwd))


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


def check_table(text: str, path: Path, display: str) -> Config:
    """The configuration `text` would be as the file `path`: ConfigError if it is not a valid one."""
    table = _parse(text, path, display)
    if table is None:
        raise ConfigError("no [tool.wakecheck] table in the config file", path=display)
    return table.build()


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
    return _parse(text, path, display)


def _parse(text: str, path: Path, display: str) -> _Table | None:
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
            strict=self.flag("strict"),
            idle_unit=self.string("idle-unit") or DEFAULT_IDLE_UNIT,
            named_resources=self.resource_tables(),
            models=self.model_names("models"),
            fleet_size=self.count("fleet-size"),
            price_per_hour=self.price("price-per-hour"),
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

    def flag(self, key: str) -> bool:
        value = self.values.get(key, False)
        if not isinstance(value, bool):
            raise self.error(key, f"'{key}' must be true or false, got {_type_name(value)}")
        return value

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
        from wakecheck.guard_template import render

        try:
            compile(render(textwrap.dedent(value).strip("\n"), "self") + "\n", f"<{key}>", "exec",
                    dont_inherit=True, flags=ast.PyCF_ONLY_AST)
        except SyntaxError as exc:
            raise self.error(key, f"'{key}' is not valid Python: {exc.msg} (line {exc.lineno})") from exc
        return "\n".join(line.rstrip() for line in textwrap.dedent(value).strip("\n").splitlines())

    # -- resources ------------------------------------------------------------------------------
    def resource_tables(self) -> tuple[Resource, ...]:
        if "resources" not in self.values:
            return ()
        tables = self.values["resources"]
        if not isinstance(tables, dict):
            raise self.error("resources", "'resources' must be a table of [resources.NAME] tables,"
                                          f" got {_type_name(tables)}")
        found: list[Resource] = []
        claimed: dict[str, str] = {}
        for key in sorted(tables):
            values = tables[key]
            where = f"{self.name}.resources" if self.name else "resources"
            if not isinstance(values, dict):
                raise self.error("resources", f"[{where}.{key}] must be a table, got {_type_name(values)}")
            if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]*", key):
                raise self.error("resources", f"resource name {key!r} must be letters, digits, '_' and '-'")
            table = _Table(values, self.path, self.text, self.display, f"{where}.{key}")
            resource = table.resource(key)
            for model in resource.models:
                if model in claimed and model != "http":  # requests are told apart by their URLs
                    raise table.error("models", f"model '{model}' is given to both resources"
                                                f" '{claimed[model]}' and '{key}'")
                claimed[model] = key
            found.append(resource)
        return tuple(found)

    def resource(self, key: str) -> Resource:
        for name in self.values:
            if name not in RESOURCE_KEYS:
                close = difflib.get_close_matches(name, RESOURCE_KEYS, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise self.error(name, f"unknown key '{name}' in [{self.name}]{hint}")
        models = self.model_names("models") or ()
        urls = self.path_patterns("urls")
        if urls and "http" not in models:
            raise self.error("urls", "'urls' needs \"http\" in this resource's 'models':"
                                     " requests to these URLs are what wakes it")
        if "http" in models and not urls:
            raise self.error("models", "the \"http\" model needs 'urls': the URLs of the service that sleeps")
        return Resource(
            key=key, name=self.string("name") or f"the {key} resource",
            factories=self.patterns("factories"), sinks=self.patterns("sinks"),
            quiet_methods=self.method_names("quiet-methods"), sleep_after_s=self.duration("sleep-after"),
            models=models, urls=urls, price_per_hour=self.price("price-per-hour"),
        )

    def model_names(self, key: str) -> tuple[str, ...] | None:
        names = self.string_list(key)
        for name in names or ():
            if name not in MODEL_NAMES:
                close = difflib.get_close_matches(name, MODEL_NAMES, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(MODEL_NAMES)})"
                raise self.error(key, f"'{key}' names an unknown library model {name!r}{hint}")
        return names

    def count(self, key: str) -> int | None:
        if key not in self.values:
            return None
        value = self.values[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.error(key, f"'{key}' must be a whole number of at least 1, got {value!r}")
        return value

    def price(self, key: str) -> float | None:
        if key not in self.values:
            return None
        value = self.values[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise self.error(key, f"'{key}' must be a number (what an awake hour costs), got {value!r}")
        return float(value)


def _resource_canonical(r: Resource) -> dict[str, object]:
    return {"key": r.key, "name": r.name, "factories": r.factories.patterns, "sinks": r.sinks.patterns,
            "quiet-methods": sorted(r.quiet_methods), "sleep-after": r.sleep_after_s, "models": r.models,
            "urls": r.urls, "price-per-hour": r.price_per_hour}


def _unknown_key_message(key: str, table: str) -> str:
    """The message for an unknown key of `table` ("": the whole file, which the error's path names)."""
    if not table and key == "tool":
        return "no [tool.wakecheck] table, only other tools' ('tool' is no wakecheck key)"
    message = f"unknown key '{key}' in [{table}]" if table else f"unknown key '{key}'"
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
