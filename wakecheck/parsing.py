"""Source bytes → lowered ModuleIR, or a FileError with a 1-based line and column."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck.model import FileError

if TYPE_CHECKING:
    import libcst as cst

    from wakecheck.analysis.positions import Positions

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


def has_coding_cookie(data: bytes) -> bool:
    """Whether the first two lines, the only place for one, may hold a coding declaration."""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1) if first >= 0 else -1
    return b"coding" in (data if second < 0 else data[:second])


def decode_source(data: bytes, display: str) -> SourceText | FileError:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return FileError(display, line, 1, "source contains a NUL byte")
    # Without a coding cookie (nearly every file) the encoding is UTF-8 and
    # the tokenizer need not be asked.
    if not has_coding_cookie(data):
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    else:
        import io
        import tokenize

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


def ensure_stack_room() -> None:
    """Raise the recursion limit to what parsing and interpreting deep code need."""
    if sys.getrecursionlimit() < _RECURSION_FLOOR:
        sys.setrecursionlimit(_RECURSION_FLOOR)


def parse_source(source: SourceText) -> tuple[cst.Module, Positions] | FileError:
    """Parse one file: its LibCST module and the positions of its nodes, or a FileError."""
    import libcst as cst

    from wakecheck.analysis.positions import Positions

    ensure_stack_room()
    try:
        tree = cst.parse_module(source.text)
    except cst.ParserSyntaxError as exc:
        return _syntax_error(source, exc.raw_line, exc.raw_column + 1, exc.message)
    except RecursionError:
        return FileError(source.path, 1, 1, "syntax error: nesting too deep to parse")
    try:
        return tree, Positions(tree)
    except RecursionError:
        return FileError(source.path, 1, 1, "nesting too deep to analyse")


def lower_source(source: SourceText, module: str, is_package: bool) -> object:
    """Parse and lower one file; returns a ModuleIR or a FileError."""
    from wakecheck.analysis.lowering import lower_module

    parsed = parse_source(source)
    if isinstance(parsed, FileError):
        return parsed
    tree, positions = parsed
    try:
        return lower_module(tree, module, source.path, is_package, positions)
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
