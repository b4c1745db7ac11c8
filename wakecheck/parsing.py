"""Source bytes → lowered ModuleIR, or a FileError with a 1-based line and column."""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, cast

from wakecheck.model import FileError, internal_error

if TYPE_CHECKING:
    from types import FrameType

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


def ensure_stack_room() -> None:
    """Raise the recursion limit to what parsing and interpreting deep code need."""
    if sys.getrecursionlimit() < _RECURSION_FLOOR:
        sys.setrecursionlimit(_RECURSION_FLOOR)


@contextmanager
def parsing_batch() -> Iterator[None]:
    """Many files parsed in a row (a worker's batch): LibCST's node classes switched once, not per file."""
    with _unvalidated():
        yield


_SWITCHED = False  # whether LibCST's node classes have the fast `__init__`s now (_unvalidated)


@contextmanager
def _unvalidated() -> Iterator[None]:
    """LibCST nodes made without their checks and quickly: the parser's own output, valid by construction.

    Every node LibCST makes runs `_validate` (from `CSTNode.__post_init__`): about a
    sixth of parsing time, spent proving what the grammar already ensured (LibCST's
    own source says so beside it). And every node's frozen-dataclass `__init__` stores
    each field through `object.__setattr__`; while parsing, each node class has an
    `__init__` that sets the fields' slots directly and skips `__post_init__`
    (wakecheck.model.fast_init): about another sixth. Nodes made anywhere else (the fix
    codemod's) keep their checks and their own `__init__`: both are restored as soon
    as the parser returns, or raises (or, in a `parsing_batch`, when the batch ends:
    switching 344 classes costs a seventh of a millisecond, and is done once).
    """
    global _SWITCHED
    if _SWITCHED:
        yield
        return
    from libcst._nodes.base import CSTNode

    checked = CSTNode.__dict__["__post_init__"]
    fast = _fast_node_inits()
    CSTNode.__post_init__ = _unchecked  # type: ignore[method-assign]
    for cls, (_, init) in fast.items():
        cls.__init__ = init  # type: ignore[misc]
    _SWITCHED = True
    try:
        yield
    finally:
        _SWITCHED = False
        CSTNode.__post_init__ = checked  # type: ignore[method-assign]
        for cls, (own, _) in fast.items():
            cls.__init__ = own  # type: ignore[misc]


def _unchecked(self: object) -> None:
    pass


_FAST_INITS: dict[type, tuple[object, object]] | None = None  # node class → (its own __init__, the fast one)


def _fast_node_inits() -> dict[type, tuple[object, object]]:
    """Every LibCST node class whose dataclass `__init__` a faster one can replace exactly (made once)."""
    global _FAST_INITS
    if _FAST_INITS is None:
        from libcst._nodes.base import CSTNode

        from wakecheck.model import fast_init

        found: dict[type, tuple[object, object]] = {}
        todo: list[type] = [CSTNode]
        while todo:
            cls: type
            for cls in todo.pop().__subclasses__():
                todo.append(cls)
                own = cls.__dict__.get("__init__")
                # Only a dataclass's own generated __init__ is replaced (its code comes from a
                # string, not a file), never one written by hand.
                code = getattr(own, "__code__", None)
                if code is None or code.co_filename != "<string>" or cls in found:
                    continue
                init = fast_init(cls, post_init=False)
                if init is not None:
                    found[cls] = (own, init)
        _FAST_INITS = found
    return _FAST_INITS


# What LibCST's parser asks `libcst` for, by name, to make each node (see _shared_whitespace):
# the one factory per name that gives back a node made before for the same whitespace.
_SHARING: dict[str, Callable[..., object]] | None = None


@contextmanager
def _shared_whitespace() -> Iterator[None]:
    """The parser's whitespace and punctuation nodes shared: one node per distinct text, while it runs.

    LibCST's native parser makes each node by calling the class that `libcst` names
    (`libcst.SimpleWhitespace(value=" ")`). Two nodes in five are whitespace, nearly
    all "" or " ", and most punctuation (a comma, a dot, a bracket, a newline) holds
    nothing but whitespace. While the parser runs, those names give factories that hand
    back the node already made for the same text (_sharing_factories): about 2% of
    parsing's instructions, and fewer objects to free. Nodes are immutable, LibCST's codegen and
    visitors walk a shared node like any other, and positions are not kept for these
    kinds (codegen._DROPPED), so nothing tells a shared one from a fresh one. Only the
    parse itself sees the factories: `libcst`'s names are restored when it returns or
    raises, before any other code can look them up.
    """
    import libcst

    global _SHARING
    if _SHARING is None:
        _SHARING = _sharing_factories()
    own = {name: getattr(libcst, name) for name in _SHARING}
    for name, factory in _SHARING.items():
        setattr(libcst, name, factory)
    try:
        yield
    finally:
        for name, cls in own.items():
            setattr(libcst, name, cls)


def _sharing_factories() -> dict[str, Callable[..., object]]:
    """A factory per shared node class, with the class's parameters: a node made before when all is plain whitespace.

    A field that is not (a comment, whitespace with a line break in it, a field left
    out that has a default factory) makes a fresh node through the class. At most
    `_SHARED_MOST` nodes are kept per class, so odd whitespace cannot grow the table
    without end.
    """
    import libcst as cst

    whitespace, newline = cst.SimpleWhitespace, cst.Newline
    kinds: dict[type, dict[str, object]] = {
        cst.SimpleWhitespace: {"value": str},
        cst.Newline: {"value": (str, type(None))},
        cst.TrailingWhitespace: {"whitespace": whitespace, "comment": type(None), "newline": newline},
    }
    punctuation: tuple[type, ...] = (cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual, cst.LeftParen,
                                     cst.LeftSquareBracket, cst.RightSquareBracket, cst.LeftCurlyBrace,
                                     cst.RightCurlyBrace)
    for kind in punctuation:
        kinds[kind] = {f.name: whitespace for f in dataclasses.fields(kind)}
    factories: dict[str, Callable[..., object]] = {}
    for cls, fields in kinds.items():
        names = [f.name for f in dataclasses.fields(cls)]
        if sorted(names) != sorted(fields):  # another LibCST's node: made as it is
            continue
        namespace: dict[str, object] = {"cls": cls, "made": {}, "_MISSING": _MISSING, "most": _SHARED_MOST}
        tests, key, params = [], [], []
        for i, f in enumerate(dataclasses.fields(cls)):
            name = f.name
            # A plain default (None) is the parameter's; a default factory's node is made by the class.
            namespace[f"default{i}"] = f.default if f.default is not dataclasses.MISSING else _MISSING
            params.append(f"{name}=default{i}")
            namespace[f"kind{i}"] = fields[name]
            if fields[name] in (whitespace, newline):
                tests.append(f"type({name}) is kind{i}")
                key.append(f"{name}.value")
            else:
                tests.append(f"isinstance({name}, kind{i})")
                key.append(name)
        given = ", ".join(f"({name!r}, {name})" for name in names)
        source = (
            f"def {cls.__name__}({', '.join(params)}):\n"
            f"    if {' and '.join(tests)}:\n"
            f"        key = ({', '.join(key)},)\n"
            f"        node = made.get(key)\n"
            f"        if node is None:\n"
            f"            node = cls({', '.join(names)})\n"
            f"            if len(made) < most:\n"
            f"                made[key] = node\n"
            f"        return node\n"
            f"    return cls(**{{k: v for k, v in ({given},) if v is not _MISSING}})\n"
        )
        exec(source, namespace)  # noqa: S102 - our own generated code, as dataclasses itself does
        factories[cls.__name__] = cast("Callable[..., object]", namespace[cls.__name__])
    return factories


_MISSING = object()  # a field the parser left out: the class's own default applies
_SHARED_MOST = 1024


def parse_source(source: SourceText) -> tuple[cst.Module, Positions] | FileError:
    """Parse one file: its LibCST module and the positions of its nodes, or a FileError."""
    import libcst as cst

    from wakecheck.analysis.positions import Positions

    ensure_stack_room()
    refused = _refused_by_python(source)
    if refused is not None:
        return refused
    try:
        with _unvalidated(), _shared_whitespace():
            tree = cst.parse_module(source.text)
    except cst.ParserSyntaxError as exc:
        return _syntax_error(source, exc.raw_line, exc.raw_column + 1, exc.message)
    except RecursionError:
        return nesting_error(source, "syntax error: nesting too deep to parse")
    try:
        return tree, Positions(tree)
    except RecursionError:
        return nesting_error(source, "nesting too deep to analyse")


def lower_source(source: SourceText, module: str, is_package: bool, contain_bugs: bool = True) -> object:
    """Parse and lower one file; returns a ModuleIR or a FileError.

    An unexpected exception is a bug in wakecheck; with `contain_bugs` it becomes this
    file's error line (the same in a worker process as here), and the run goes on.
    """
    try:
        return _lower_source(source, module, is_package)
    except Exception as exc:
        if not contain_bugs:
            raise
        return internal_error(source.path, 1, 1, "this file", exc)


def _lower_source(source: SourceText, module: str, is_package: bool) -> object:
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
