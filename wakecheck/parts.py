"""What a unit of a large check read of each module, digested so that moving code does not count.

A unit's stored findings hold while the parts of the modules its analysis read
(ProjectIndex.reads) are unchanged. A part's digest is of its value, with every line
taken from the first line it holds and every call site from its first call site: a
function whose text moved down, because lines were added above it, digests as before.
The stamp keeps where each function part stood, so the findings that point into a
moved function move with it (Moves); a finding that points anywhere else in a moved
module means analysing the unit again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.reads import ModuleReads
from wakecheck.model import ChainFrame, FileError, Finding, Span


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a unit read of one module, and where the functions it read stood."""

    module: str
    key: str  # the module's cache key: its text, as the unit read it
    digest: str  # of the parts read (of the stored lowered form, when all of it was read)
    reads: ModuleReads
    spans: tuple[tuple[int, int], ...]  # per function read, where its text stood: (first line, last line)


_NOWHERE = (0, 0)


class _Canonical(pickle.Pickler):
    """Pickles our dataclasses as their class and field values, with no memo: equal values pickle alike.

    Whether the speed-ups pickle them so too (or `dataclasses`' way) does not change a digest.
    """

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True  # no memo: a string shared or copied pickles alike

    def reducer_override(self, obj: Any) -> Any:
        fields = _fields_of(type(obj))
        if fields is None:
            return NotImplemented
        return type(obj), fields(obj)


_FIELDS: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _fields_of(kind: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """A function giving a dataclass's field values as a tuple; None for any other type."""
    if kind in _FIELDS:
        return _FIELDS[kind]
    found: Callable[[Any], tuple[Any, ...]] | None = None
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in dataclasses.fields(kind))
        if len(names) > 1:
            found = attrgetter(*names)
        else:
            def found(obj: Any) -> tuple[Any, ...]:
                return tuple(getattr(obj, name) for name in names)
    _FIELDS[kind] = found
    return found


def value_digest(value: object) -> bytes:
    """A digest of a lowered value: the same for equal values, however their objects are shared."""
    buffer = io.BytesIO()
    _Canonical(buffer).dump(value)
    return hashlib.sha256(buffer.getvalue()).digest()


class _Relative(_Canonical):
    """Pickles lowered IR with lines and call sites counted from the first ones met."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self.line = 0
        self.site = 0

    def _line(self, line: int) -> int:
        if not line:  # a position the lowering did not have: it moves with nothing
            return -1
        if not self.line:
            self.line = line
        return line - self.line

    def _site(self, site: int) -> int:
        if not self.site:
            self.site = site
        return site - self.site

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if kind is Span:
            return Span, (self._line(obj.line), obj.column, obj.end_line - obj.line, obj.end_column)
        if kind is ir.Call or kind is ir.Raised or kind is ir.Iter:
            fields = [getattr(obj, name) for name in kind.__match_args__]
            fields[kind.__match_args__.index("site")] = self._site(obj.site)
            return kind, tuple(fields)
        if kind is ir.Branch:
            return kind, (obj.cond, obj.true, obj.false, obj.text, self._line(obj.line), obj.kind)
        return super().reducer_override(obj)


def relative_digest(value: object) -> bytes:
    """A digest of lowered IR that a move of its text, lines and call sites alike, leaves alone."""
    buffer = io.BytesIO()
    _Relative(buffer).dump(value)
    return hashlib.sha256(buffer.getvalue()).digest()


class Parts:
    """A lowered module's parts, each digested once, for the stamps of the units that read them.

    Which classes the module defines is part of every stamp (it decides subclasses); a
    module that did not lower is stamped by its error, where it stands included.
    """

    def __init__(self, lowered: ir.ModuleIR | FileError) -> None:
        self.done: dict[tuple[str, str, str], bytes] = {}
        self.functions: dict[str, ir.FunctionIR] = {}
        self.classes: dict[str, ir.ClassIR] = {}
        self.bindings: dict[str, tuple[ir.Binding, ...]] = {}
        self.writes: dict[str, tuple[str, ...]] = {}
        if isinstance(lowered, ir.ModuleIR):
            self.functions = {fn.qualname: fn for fn in lowered.functions}
            self.classes = {cls.qualname: cls for cls in lowered.classes}
            self.bindings = dict(lowered.globals)
            self.writes = dict(lowered.writes)
            self.always = value_digest(tuple(self.classes))
        else:
            self.always = value_digest(lowered)

    def digest(self, reads: ModuleReads) -> str:
        """A digest of the parts `reads` names (never WHOLE: that is the stored lowered form's)."""
        total = hashlib.sha256(self.always)
        for tag in _tags(reads):
            found = self.done.get(tag)
            if found is None:
                found = self.done[tag] = self._digest(tag)
            total.update(found)
        return total.hexdigest()[:32]

    def spans(self, reads: ModuleReads) -> tuple[tuple[int, int], ...]:
        """Where each function read stands in the file now: (first line, last line), (0, 0) if nowhere."""
        found = []
        for name in reads.functions:
            fn = self.functions.get(name)
            found.append((fn.span.line, fn.span.end_line) if fn is not None and fn.span.line else _NOWHERE)
        return tuple(found)

    def _digest(self, tag: tuple[str, str, str]) -> bytes:
        kind, name, member = tag
        if kind == "functions":
            return relative_digest((tag, self.functions.get(name)))
        if kind == "bindings":
            return value_digest((tag, tuple((b.kind, b.target, b.member, relative_digest(b.value))
                                            for b in self.bindings.get(name, ()))))
        if kind == "writes":
            return value_digest((tag, self.writes.get(name)))
        cls = self.classes.get(name)
        if cls is None:
            return value_digest((tag, None))
        # Each expression of a class counts from its own first line: a line added to one
        # method moves the `self.x = ...` of the methods after it, not what they store.
        # The class's own span is left out: the analysis never reads it.
        shape = (cls.qualname, cls.name, cls.module, _each(cls.bases), cls.fields, cls.decorators)
        match kind:
            case "shapes":
                return value_digest((tag, shape))
            case "method_lists":
                return value_digest((tag, cls.methods))
            case "members":
                return value_digest((tag, dict(cls.methods).get(member),
                                     _each(v for n, v in cls.decorated if n == member),
                                     _each(v for n, v in cls.class_attrs if n == member),
                                     tuple((m, relative_digest(v)) for a, m, v in cls.self_attrs if a == member)))
            case _:  # "classes": all of the class
                return value_digest((tag, shape, cls.methods,
                                     tuple((n, relative_digest(v)) for n, v in cls.class_attrs),
                                     tuple((a, m, relative_digest(v)) for a, m, v in cls.self_attrs)))


def _tags(reads: ModuleReads) -> list[tuple[str, str, str]]:
    """Each part `reads` names as (kind, name, member), kind by kind (the field names of ModuleReads)."""
    tags = [(kind, name, "") for kind, names in (("bindings", reads.bindings), ("classes", reads.classes),
                                                 ("functions", reads.functions), ("shapes", reads.shapes),
                                                 ("method_lists", reads.method_lists),
                                                 ("writes", reads.writes))
            for name in names]
    tags.extend(("members", name, member) for name, member in reads.members)
    return tags


def _each(exprs: Iterable[ir.Expr]) -> tuple[bytes, ...]:
    return tuple(relative_digest(e) for e in exprs)


@dataclass(frozen=True, slots=True)
class Moved:
    """A unit's findings and errors, moved where the code they point into moved."""

    by_code: dict[str, list[Finding]]
    errors: tuple[FileError, ...]


class Moves:
    """Where the functions a unit read moved to, module by module: its findings follow them."""

    def __init__(self, displays: dict[str, str]) -> None:
        self.displays = displays  # module → display path, as findings name files
        # display path → (old first line, minus old last line, how far it moved), sorted:
        # containing functions come before the functions they contain.
        self.moved: dict[str, list[tuple[int, int, int]]] = {}

    def add(self, before: Stamp, now: Stamp) -> None:
        """A module whose text changed but not what the unit read of it, as stamped then and now.

        Functions may have moved by different amounts, even changed order: the analysis
        compares lines only within a function (call chains order by function, then line).
        """
        moves = sorted((old[0], -old[1], new[0] - old[0]) for old, new in zip(before.spans, now.spans)
                       if old != _NOWHERE and new != _NOWHERE)
        display = self.displays.get(before.module)
        if display is not None and any(delta for _, _, delta in moves):
            self.moved[display] = moves

    def __bool__(self) -> bool:
        return bool(self.moved)

    def apply(self, by_code: dict[str, list[Finding]], errors: Sequence[FileError]) -> Moved | None:
        """The findings and errors with their lines moved; None if one points outside every function read."""
        try:
            return Moved({code: [self._finding(f) for f in found] for code, found in by_code.items()},
                         tuple(replace(e, line=self._line(e.path, e.line)) for e in errors))
        except _Outside:
            return None

    def _finding(self, finding: Finding) -> Finding:
        span = finding.span
        line = self._line(finding.path, span.line)
        if line != span.line:
            span = Span(line, span.column, span.end_line + line - span.line, span.end_column)
        chain = tuple(frame if (line := self._line(frame.path, frame.line)) == frame.line
                      else ChainFrame(frame.function, frame.path, line) for frame in finding.chain)
        return replace(finding, span=span, chain=chain)

    def _line(self, path: str, line: int) -> int:
        moves = self.moved.get(path)
        if moves is None:
            return line
        # The innermost function read that holds the line: of those starting at or before
        # it, the last one that ends at or after it.
        for first, minus_last, delta in reversed(moves[:bisect_right(moves, (line, 1 << 62, 0))]):
            if line <= -minus_last:
                return line + delta
        raise _Outside


class _Outside(Exception):
    """A line in a moved module that no function the unit read holds."""
