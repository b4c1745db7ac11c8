"""Source bytes → lowered ModuleIR, or a FileError with a 1-based line and column."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, cast

from wakecheck.model import FileError, internal_error

if TYPE_CHECKING:
    from types import FrameType

    import libcst as cst

    from wakecheck.analysis import cfg as ir
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


def python_parse(text: str, path: str) -> None:
    """Python's own parser over `text` (it parses, never runs): raises what it raises.

    Its guard against C stack overflow counts against the recursion limit, which
    wakecheck raises for LibCST: for the parse, the limit gives it the headroom of
    Python's default (1,000 levels) again, or a deep enough file crashes it.
    """
    depth, frame = 0, cast("FrameType | None", sys._getframe())
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 1000)
    try:
        compile(text, path, "exec", flags=0x400, dont_inherit=True)  # ast.PyCF_ONLY_AST
    finally:
        sys.setrecursionlimit(limit)


def _syntax_error(source: SourceText, line: int, column: int, message: str) -> FileError:
    """Python's own parser words syntax errors best; ask it (it only parses, never runs)."""
    try:
        python_parse(source.text, source.path)
    except SyntaxError as exc:
        return FileError(source.path, exc.lineno or line, exc.offset or column,
                         f"syntax error: {exc.msg}")
    except (ValueError, RecursionError, MemoryError):
        pass
    first = message.splitlines()[0] if message else "invalid syntax"
    return FileError(source.path, line, column, f"syntax error: {first}")


# A nesting-too-deep error points where the nesting first reaches this many levels.
_DEEP = 100
_FLAT = frozenset({",", ";", ":", "=", "->", ":=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=",
                   ">>=", "<<=", "**="})  # siblings on either side: the count starts again
_NESTING_WORDS = frozenset({"and", "or", "not", "if", "else", "lambda", "await", "in", "is"})


def nesting_error(source: SourceText, message: str) -> FileError:
    """`message` located where the file's deepest statement gets deep: a token scan, never a parse."""
    line, column = deep_place(source.text)
    return FileError(source.path, line, column, message)


def deep_place(text: str) -> tuple[int, int]:
    """1-based line and column where nesting first reaches _DEEP levels in the statement nesting deepest.

    A rough count that needs only the tokenizer (the parser is what ran out of room):
    each open bracket is a level, and so is each operator, `.`, operator keyword or
    string literal continuing another inside the same brackets of one statement,
    since `a + b + c` nests one `+` in the other as a parser builds it. Items separated
    by `,` `:` `=` are siblings, and closing a bracket drops what it held. An `elif`
    nests in the `if` or `elif` before it at its indentation, so each starts one level
    deeper. A statement that never gets that deep is pointed at where it is deepest;
    (1, 1) if nothing is.
    """
    import io
    import tokenize

    best, place = 0, (1, 1)
    frames = [0]  # levels counted inside each open bracket; the statement itself is the first
    depth, deepest, crossing = 0, 0, (1, 1)
    lambdas = 0  # lambdas whose `:` is still to come: their body nests, it is no sibling
    elifs: dict[int, tuple[int, tuple[int, int]]] = {}  # column → `elif`s so far there, where the chain got deep
    starting = True  # the next token starts a statement

    def finish() -> None:
        nonlocal best, place, frames, depth, deepest, lambdas
        if deepest > best:
            best, place = deepest, crossing
        frames, depth, deepest, lambdas = [0], 0, 0, 0

    previous = tokenize.ENCODING
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind, string = token.type, token.string
            deeper = False
            if starting and kind not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
                column = token.start[1]
                if string == "elif":
                    count, at = elifs.get(column, (0, (1, 1)))
                    count += 1
                    if count <= _DEEP:
                        at = (token.start[0], column + 1)
                    elifs[column] = (count, at)
                    depth = frames[0] = deepest = count
                    crossing = at
                elif string != "else":
                    elifs = {c: chain for c, chain in elifs.items() if c < column}
                starting = False
            if kind in (tokenize.NEWLINE, tokenize.ENDMARKER):
                starting = True
                finish()
            elif kind == tokenize.OP and string in "([{":
                frames.append(0)
                deeper = True
            elif kind == tokenize.OP and string in ")]}":
                if len(frames) > 1:
                    depth -= frames.pop() + 1
            elif kind == tokenize.OP and string == ":" and lambdas:
                lambdas -= 1
            elif kind == tokenize.OP and string in _FLAT:
                depth -= frames[-1]
                frames[-1] = 0
            elif (kind == tokenize.OP or (kind == tokenize.NAME and string in _NESTING_WORDS)
                  or (kind == tokenize.STRING and previous == tokenize.STRING)):
                frames[-1] += 1
                deeper = True
                lambdas += string == "lambda"
            if deeper:
                depth += 1
                # The first token at _DEEP levels, or, short of that, the deepest one.
                if depth > deepest and deepest < _DEEP:
                    crossing = (token.start[0], token.start[1] + 1)
                deepest = max(deepest, depth)
            if kind not in (tokenize.NL, tokenize.COMMENT):
                previous = kind
    except (tokenize.TokenError, SyntaxError):
        pass  # the text so far tells where (an unclosed bracket, a tokenizer limit)
    finish()
    return place


# Python refuses more brackets than this open at once ("too many nested parentheses");
# LibCST's native parser does not, and overflows the C stack (a segfault) near 1,500.
_MAX_BRACKETS = 200
# What the bracket count passes over: comments, strings, and runs of code with no bracket
# and nothing that may start a string or a comment. What is left is brackets, and any quote
# that starts no whole string (a step of nothing).
_UNCOUNTED = re.compile("|".join((
    r"#[^\r\n]*",  # a comment
    r"'{3}(?:\\.|[^\\])*?'{3}", r'"{3}(?:\\.|[^\\])*?"{3}',  # triple-quoted strings
    r"'(?:\\.|[^\\'\r\n])*'", r'"(?:\\.|[^\\"\r\n])*"',  # one-line strings
    r"""[^()\[\]{}'"#]+""",  # code without brackets
)), re.S)
_DEPTH_STEP = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1, "'": 0, '"': 0}
# Other nesting LibCST's parser overflows on (a few thousand unary operators, attribute
# reads, conditional expressions or lambdas in one statement; about 10,000 `elif`s)
# needs that many tokens: a line this long or this many `elif`s, and Python's own
# parser gives up (MemoryError, RecursionError) well before LibCST crashes.
_LONG_LINE = 2000
_MANY_ELIFS = 500


def _refused_by_python(source: SourceText) -> FileError | None:
    """Python's own verdict on a file that may nest deep enough to crash LibCST, or None.

    Only a file that might (too many open brackets, a very long line, a long `elif`
    chain: cheap scans) is given to Python's parser (it parses, never runs). Its
    "too many nested parentheses", or its giving up, is the file's error; any other
    answer lets LibCST parse the file as usual (it may be syntax newer than this Python).
    """
    text = source.text
    brackets = _brackets_too_deep(text)
    if not (brackets or text.count("elif") > _MANY_ELIFS
            or any(len(line) > _LONG_LINE for line in text.split("\n"))):
        return None  # nearly every file
    try:
        python_parse(text, source.path)
    except SyntaxError as exc:
        if brackets or "nested" in exc.msg:
            return FileError(source.path, exc.lineno or 1, exc.offset or 1, f"syntax error: {exc.msg}")
    except (RecursionError, MemoryError):
        return nesting_error(source, "syntax error: nesting too deep for Python's parser")
    except ValueError:
        pass
    return None


def _brackets_too_deep(text: str) -> bool:
    """Whether more than _MAX_BRACKETS brackets are open at once (a regex skips comments and strings)."""
    if text.count("(") + text.count("[") + text.count("{") <= _MAX_BRACKETS:
        return False  # nearly every file: too few brackets to nest that deep
    steps = _UNCOUNTED.sub("", text)
    # The depth after each bracket, in C; a closing bracket with none open counts for nothing,
    # so where the running sum goes below zero the brackets are counted one by one instead.
    depths = list(accumulate(map(_DEPTH_STEP.__getitem__, steps)))
    if not depths:
        return False
    if min(depths) >= 0:
        return max(depths) > _MAX_BRACKETS
    depth = 0
    for step in map(_DEPTH_STEP.__getitem__, steps):
        depth = max(depth + step, 0)
        if depth > _MAX_BRACKETS:
            return True
    return False


@contextmanager
def stack_room() -> Iterator[None]:
    """The recursion limit raised to what parsing and interpreting deep code need, for this block.

    Put back as it was afterwards, unless this process is wakecheck's own (the limit
    then stays: every job of the process needs it). A limit already high enough is
    left alone.
    """
    from wakecheck import _speedups

    before = sys.getrecursionlimit()
    if before >= _RECURSION_FLOOR:
        yield
        return
    sys.setrecursionlimit(_RECURSION_FLOOR)
    try:
        yield
    finally:
        if not _speedups.owned() and sys.getrecursionlimit() == _RECURSION_FLOOR:
            sys.setrecursionlimit(before)


@contextmanager
def parsing_batch() -> Iterator[None]:
    """Many files parsed in a row (a worker's batch): LibCST's node classes switched once, not per file."""
    from wakecheck._speedups.nodes import unchecked

    with unchecked():
        yield


def parse_source(source: SourceText) -> tuple[cst.Module, Positions] | FileError:
    """Parse one file: its LibCST module and the positions of its nodes, or a FileError."""
    import libcst as cst

    from wakecheck._speedups.nodes import unchecked
    from wakecheck.analysis.positions import Positions

    with stack_room():
        refused = _refused_by_python(source)
        if refused is not None:
            return refused
        try:
            with unchecked():
                tree = cst.parse_module(source.text)
        except cst.ParserSyntaxError as exc:
            return _syntax_error(source, exc.raw_line, exc.raw_column + 1, exc.message)
        except RecursionError:
            return nesting_error(source, "syntax error: nesting too deep to parse")
        try:
            return tree, Positions(tree, source.text)
        except (RecursionError, KeyError) as exc:
            # LibCST's position providers turn a RecursionError met while they record a
            # position into a KeyError for that node: the same too-deep nesting.
            if not _from_recursion(exc):
                raise
            return nesting_error(source, "nesting too deep to analyse")


def lower_source(source: SourceText, module: str, is_package: bool, contain_bugs: bool = True,
                 ) -> ir.ModuleIR | FileError:
    """Parse and lower one file; returns a ModuleIR or a FileError.

    Its top-level code is lowered too, as its `<module>` function. An unexpected exception is a bug in wakecheck; with `contain_bugs` it
    becomes this file's error line (the same in a worker process as here), and the run
    goes on.
    """
    try:
        with stack_room():
            return _lower_source(source, module, is_package)
    except Exception as exc:
        if not contain_bugs:
            raise
        return internal_error(source.path, 1, 1, "this file", exc)


def _lower_source(source: SourceText, module: str, is_package: bool) -> ir.ModuleIR | FileError:
    from wakecheck.analysis.lowering import lower_module

    parsed = parse_source(source)
    if isinstance(parsed, FileError):
        return parsed
    tree, positions = parsed
    try:
        return lower_module(tree, module, source.path, is_package, positions)
    except RecursionError:
        return nesting_error(source, "nesting too deep to analyse")
    except KeyError as exc:
        # LibCST's position provider turns a RecursionError met while it records a
        # position into a KeyError for that node: the same too-deep nesting.
        if not _from_recursion(exc):
            raise
        return nesting_error(source, "nesting too deep to analyse")


def _from_recursion(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, RecursionError):
            return True
        seen = seen.__context__
    return False
