"""Reads a Cloudflare Worker's Wrangler configuration: its Durable Object bindings and container classes.

wakecheck reads three things from it and nothing else: each Durable Object binding
(`durable_objects.bindings[]`: the `env.NAME` it is reached by and its `class_name`),
the classes that run a container (`containers[].class_name`), and the same two lists in
each named environment (`env.<name>`). A binding whose class is a container is a
*container namespace*: a stub got from it is a container handle. A file that cannot be
parsed, or a binding that is not the shape Wrangler documents, is one error line naming
the file and line; the rest of the file still counts.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from wakecheck.discovery import display_path
from wakecheck.model import FileError

# Wrangler itself prefers the JSON forms when more than one is present.
WRANGLER_NAMES = ("wrangler.json", "wrangler.jsonc", "wrangler.toml")
# A directory holding one of these is a project's root: the search for a Wrangler file stops there.
_PROJECT_MARKERS = ("pyproject.toml", "wakecheck.toml", ".git")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True, slots=True)
class DurableObjectBinding:
    """`env.NAME` bound to the Durable Object class `class_name`."""

    name: str
    class_name: str
    line: int
    container: bool = False  # its class runs a container (containers[], or a Container subclass in the code)
    external: bool = False  # `script_name`: the class is another Worker's, not in this code


@dataclass(frozen=True, slots=True)
class Wrangler:
    """What a Wrangler file says that wakecheck uses; `errors` are the parts it could not read."""

    path: str  # as the user reads it: relative to the current directory
    bindings: tuple[DurableObjectBinding, ...] = ()
    container_classes: tuple[tuple[str, int], ...] = ()  # (class_name, line) of containers[]
    errors: tuple[FileError, ...] = ()

    @property
    def name(self) -> str:
        return self.path.rpartition("/")[2]

    def namespaces(self) -> frozenset[str]:
        """The bindings whose stubs are container handles."""
        return frozenset(b.name for b in self.bindings if b.container)

    def entry_classes(self) -> tuple[str, ...]:
        """The Durable Object classes of this Worker: their `alarm` methods are entries."""
        return tuple(dict.fromkeys(b.class_name for b in self.bindings if not b.external))

    def undecided(self) -> tuple[DurableObjectBinding, ...]:
        """Bindings of this Worker's classes not listed as containers: the code may say they are."""
        return tuple(b for b in self.bindings if not b.container and not b.external)

    def with_containers(self, classes: frozenset[str]) -> Wrangler:
        """These facts, with the bindings of `classes` known to be containers."""
        return replace(self, bindings=tuple(replace(b, container=True) if b.class_name in classes else b
                                            for b in self.bindings))

    def digest_parts(self) -> tuple[object, ...]:
        return tuple((b.name, b.class_name, b.container, b.external) for b in self.bindings)


def find(start: Path, stop: Path | None) -> Path | None:
    """The Wrangler file of the project `start` (a directory) is in.

    Searched from `start` upwards, up to `stop` (the configuration file's directory) when
    `start` is under it; without one, up to the first directory that marks a project's root
    (a pyproject.toml, wakecheck.toml or .git).
    """
    folders = [start, *start.parents]
    if stop is not None:
        folders = folders[:folders.index(stop) + 1] if stop in folders else [stop]
    for folder in folders:
        for name in WRANGLER_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if stop is None and any((folder / marker).exists() for marker in _PROJECT_MARKERS):
            return None
    return None


def load(path: Path, cwd: Path) -> Wrangler:
    """Read one Wrangler file; what cannot be read becomes an error line, never an exception."""
    display = display_path(path, cwd)
    try:
        text = path.read_bytes().removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except OSError as exc:
        return Wrangler(display, errors=(FileError(display, 1, 1, f"cannot read: {exc.strerror or exc}"),))
    except UnicodeDecodeError as exc:
        return Wrangler(display, errors=(FileError(display, 1, 1, f"not valid UTF-8 ({exc.reason})"),))
    return parse(text, display, toml=path.suffix == ".toml")


def parse(text: str, display: str, *, toml: bool) -> Wrangler:
    """The facts of one Wrangler file's text (TOML, or JSON with comments and trailing commas)."""
    try:
        document = _toml(text) if toml else _jsonc(text)
    except _ParseError as exc:
        return Wrangler(display, errors=(FileError(display, exc.line, exc.column, exc.message),))
    reader = _Reader(text, display)
    bindings: list[DurableObjectBinding] = []
    containers: list[tuple[str, int]] = []
    for where, section in _sections(document, reader):
        bindings.extend(reader.bindings(section, where))
        containers.extend(reader.containers(section, where))
    classes = {name for name, _ in containers}
    unique = tuple(dict.fromkeys(replace(b, container=b.class_name in classes and not b.external)
                                 for b in bindings))
    return Wrangler(display, unique, tuple(dict.fromkeys(containers)), tuple(reader.errors))


class _ParseError(Exception):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _toml(text: str) -> Mapping[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        position = _TOML_POSITION.search(str(exc))
        line, column = (int(position.group(1)), int(position.group(2))) if position else (
            max(1, len(text.splitlines())), 1)
        raise _ParseError(f"invalid TOML: {_TOML_POSITION.sub('', str(exc)).strip()}", line, column) from exc


def _jsonc(text: str) -> Mapping[str, object]:
    try:
        document = json.loads(_plain_json(text))
    except json.JSONDecodeError as exc:
        raise _ParseError(f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from exc
    if not isinstance(document, dict):
        raise _ParseError("the top level must be an object", 1, 1)
    return document


def _plain_json(text: str) -> str:
    """JSONC as plain JSON: comments blanked and trailing commas dropped, every character kept in
    place (a newline stays a newline), so that the parser's line and column are the file's."""
    out = list(text)
    i, n = 0, len(text)
    last_comma: int | None = None  # a comma with only blanks and comments after it so far
    while i < n:
        ch = text[i]
        if ch == '"':
            end = i + 1
            while end < n and text[end] != '"' and text[end] != "\n":
                end += 2 if text[end] == "\\" else 1
            i, last_comma = end + 1, None
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
        else:
            if ch in "}]" and last_comma is not None:
                out[last_comma] = " "
            if not ch.isspace():
                last_comma = i if ch == "," else None
            i += 1
            continue
        for k in range(i, end):
            if out[k] != "\n":
                out[k] = " "
        i = end
    return "".join(out)


def _sections(document: Mapping[str, object], reader: _Reader) -> Iterator[tuple[str, Mapping[str, object]]]:
    """The top level, then each named environment (`env.<name>`), with the prefix of their keys."""
    yield "", document
    environments = document.get("env")
    if environments is None:
        return
    if not isinstance(environments, dict):
        reader.error("'env' must be a table of environments", "env")
        return
    for name, section in environments.items():
        if isinstance(section, dict):
            yield f"env.{name}.", section
        else:
            reader.error(f"'env.{name}' must be a table", str(name))


class _Reader:
    """Checks the shapes wakecheck reads, recording an error (with its line) for each bad one."""

    def __init__(self, text: str, display: str) -> None:
        self.lines = text.splitlines()
        self.display = display
        self.errors: list[FileError] = []

    def error(self, message: str, key: str, value: str | None = None) -> None:
        self.errors.append(FileError(self.display, self.line_of(key, value), 1, message))

    def line_of(self, key: str, value: str | None = None) -> int:
        """Best-effort line where `key` is set (to the string `value`, when given); else 1."""
        quoted = rf"""["']?\s*[:=]\s*["']{re.escape(value)}["']""" if value is not None else r"""["']?\s*[:=\]]"""
        pattern = re.compile(rf"""(?:^|[\s{{,."'\[])["']?{re.escape(key)}{quoted}""")
        for number, line in enumerate(self.lines, 1):
            if pattern.search(line):
                return number
        return 1

    def bindings(self, section: Mapping[str, object], where: str) -> Iterator[DurableObjectBinding]:
        durable = section.get("durable_objects")
        if durable is None:
            return
        if not isinstance(durable, dict):
            self.error(f"'{where}durable_objects' must be a table with a 'bindings' list", "durable_objects")
            return
        items = durable.get("bindings", [])
        if not isinstance(items, list):
            self.error(f"'{where}durable_objects.bindings' must be a list", "bindings")
            return
        for number, item in enumerate(items, 1):
            label = f"{where}durable_objects.bindings[{number}]"
            if not isinstance(item, dict):
                self.error(f"'{label}' must be a table with 'name' and 'class_name'", "bindings")
                continue
            name, class_name = item.get("name"), item.get("class_name")
            if not isinstance(name, str) or not name.isidentifier():
                self.error(f"'{label}' has no 'name' that code can read as env.NAME", "bindings")
                continue
            line = self.line_of("name", name)
            if not isinstance(class_name, str) or not class_name.isidentifier():
                self.errors.append(FileError(self.display, line, 1, f"'{label}' ({name}) has no 'class_name'"))
                continue
            yield DurableObjectBinding(name, class_name, line, external=isinstance(item.get("script_name"), str))

    def containers(self, section: Mapping[str, object], where: str) -> Iterator[tuple[str, int]]:
        items = section.get("containers")
        if items is None:
            return
        if not isinstance(items, list):
            self.error(f"'{where}containers' must be a list", "containers")
            return
        for number, item in enumerate(items, 1):
            class_name = item.get("class_name") if isinstance(item, dict) else None
            if not isinstance(class_name, str) or not class_name.isidentifier():
                self.error(f"'{where}containers[{number}]' has no 'class_name'", "containers")
                continue
            yield class_name, self.line_of("class_name", class_name)
