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

import hashlib
import io
import pickle
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from wakecheck.analysis import cfg as ir
from wakecheck.model import ChainFrame, FileError, Finding, Span

# A module a unit read: (module, cache key, digest of the parts read, the parts read, where
# each function part's text stood: (first line, last line), (0, 0) for other parts).
Stamp = tuple[str, str, str, tuple[str, ...], tuple[tuple[int, int], ...]]
WHOLE = ("*",)  # the parts of a unit's own modules: all of the lowered form
_NOWHERE = (0, 0)


def value_digest(value: object) -> bytes:
    """A digest of a lowered value: the same for equal values, however their objects are shared."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: a string shared or copied pickles alike
    pickler.dump(value)
    return hashlib.sha256(buffer.getvalue()).digest()


class _Relative(pickle.Pickler):
    """Pickles lowered IR with lines and call sites counted from the first ones met."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True
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
        return NotImplemented


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

    def __init__(self, lowered: object) -> None:
        self.done: dict[str, bytes] = {}
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

    def digest(self, parts: tuple[str, ...]) -> str:
        total = hashlib.sha256(self.always)
        for part in parts:
            found = self.done.get(part)
            if found is None:
                found = self.done[part] = self._digest(part)
            total.update(found)
        return total.hexdigest()[:32]

    def spans(self, parts: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        """Where each function part stands in the file now; (0, 0) for the other parts."""
        found = []
        for part in parts:
            fn = self.functions.get(part[1:]) if part[0] == "f" else None
            found.append((fn.span.line, fn.span.end_line) if fn is not None and fn.span.line else _NOWHERE)
        return tuple(found)

    def _digest(self, part: str) -> bytes:
        kind, name = part[0], part[1:]
        if kind == "f":
            return relative_digest((part, self.functions.get(name)))
        if kind == "w":
            return value_digest((part, self.writes.get(name)))
        if kind == "b":
            return value_digest((part, tuple((b.kind, b.target, b.member, relative_digest(b.value))
                                             for b in self.bindings.get(name, ()))))
        cls = self.classes.get(name.partition("\0")[0]) if kind in "cknm" else None
        if cls is None:
            return value_digest((part, None))
        # Each expression of a class counts from its own first line: a line added to one
        # method moves the `self.x = ...` of the methods after it, not what they store.
        # The class's own span is left out: the analysis never reads it.
        shape = (cls.qualname, cls.name, cls.module, _each(cls.bases), cls.fields, cls.decorators)
        if kind == "k":
            return value_digest((part, shape))
        if kind == "n":
            return value_digest((part, cls.methods))
        if kind == "m":
            member = name.partition("\0")[2]
            return value_digest((part, dict(cls.methods).get(member),
                                 _each(v for n, v in cls.decorated if n == member),
                                 _each(v for n, v in cls.class_attrs if n == member),
                                 tuple((m, relative_digest(v)) for a, m, v in cls.self_attrs if a == member)))
        return value_digest((part, shape, cls.methods, tuple((n, relative_digest(v)) for n, v in cls.class_attrs),
                             tuple((a, m, relative_digest(v)) for a, m, v in cls.self_attrs)))


def _each(exprs: Iterable[ir.Expr]) -> tuple[bytes, ...]:
    return tuple(relative_digest(e) for e in exprs)


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
        moves = sorted((old[0], -old[1], new[0] - old[0]) for old, new in zip(before[4], now[4])
                       if old != _NOWHERE and new != _NOWHERE)
        display = self.displays.get(before[0])
        if display is not None and any(delta for _, _, delta in moves):
            self.moved[display] = moves

    def __bool__(self) -> bool:
        return bool(self.moved)

    def apply(self, by_code: dict[str, list[Finding]], errors: Sequence[FileError],
              ) -> tuple[dict[str, list[Finding]], list[FileError]] | None:
        """The findings and errors with their lines moved; None if one points outside every function read."""
        try:
            return ({code: [self._finding(f) for f in found] for code, found in by_code.items()},
                    [replace(e, line=self._line(e.path, e.line)) for e in errors])
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
