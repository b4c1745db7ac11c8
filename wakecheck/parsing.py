"""Source bytes → lowered ModuleIR, or a FileError with a 1-based line and column."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from wakecheck.model import FileError

# LibCST's parser recurses per nesting level; deeply nested expressions need room.
_RECURSION_FLOOR = 10_000


@dataclass(frozen=True, slots=True)
class SourceText:
    """A file's text, decoded the way Python would, or the reason it could not be."""

    path: str
    text: str


def read_source(path: Path, display: str) -> SourceText | FileError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileError(display, 1, 1, f"cannot read file: {exc.strerror or exc}")
    return decode_source(data, display)


def decode_source(data: bytes, display: str) -> SourceText | FileError:
    import io
    import tokenize

    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return FileError(display, line, 1, "source contains a NUL byte")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        return FileError(display, 1, 1, f"bad encoding declaration: {exc.msg}")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        line = 1
        if isinstance(exc, UnicodeDecodeError):
            line = data[: exc.start].count(b"\n") + 1
        return FileError(display, line, 1, f"cannot decode as {encoding}: {exc}")
    if text.startswith("\ufeff"):
        text = text[1:]
    return SourceText(display, text)


def _syntax_error(source: SourceText, line: int, column: int, message: str) -> FileError:
    """Python's own parser words syntax errors best; ask it (it only parses, never runs)."""
    try:
        compile(source.text, source.path, "exec", flags=0x400, dont_inherit=True)  # ast.PyCF_ONLY_AST
    except SyntaxError as exc:
        return FileError(source.path, exc.lineno or line, exc.offset or column,
                         f"syntax error: {exc.msg}")
    except (ValueError, RecursionError, MemoryError):
        pass
    first = message.splitlines()[0] if message else "invalid syntax"
    return FileError(source.path, line, column, f"syntax error: {first}")


def lower_source(source: SourceText, module: str, is_package: bool) -> object:
    """Parse and lower one file; returns a ModuleIR or a FileError."""
    import libcst as cst
    from libcst.metadata import MetadataWrapper, PositionProvider

    from wakecheck.analysis.lowering import lower_module

    if sys.getrecursionlimit() < _RECURSION_FLOOR:
        sys.setrecursionlimit(_RECURSION_FLOOR)
    try:
        tree = cst.parse_module(source.text)
    except cst.ParserSyntaxError as exc:
        return _syntax_error(source, exc.raw_line, exc.raw_column + 1, exc.message)
    except RecursionError:
        return FileError(source.path, 1, 1, "syntax error: nesting too deep to parse")
    try:
        wrapper = MetadataWrapper(tree, unsafe_skip_copy=True)
        positions = wrapper.resolve(PositionProvider)
        return lower_module(wrapper.module, module, source.path, is_package, positions)
    except RecursionError:
        return FileError(source.path, 1, 1, "nesting too deep to analyse")
    except KeyError as exc:
        # LibCST's position provider turns a RecursionError met while it records a
        # position into a KeyError for that node: the same too-deep nesting.
        if not _from_recursion(exc):
            raise
        return FileError(source.path, 1, 1, "nesting too deep to analyse")


def _from_recursion(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, RecursionError):
            return True
        seen = seen.__context__
    return False
