"""The lowered program: a small expression IR, control-flow graphs of blocks, and per-module facts.

Everything here is a plain frozen value computed from one file alone, so it can be
cached by content hash and built in another process; no LibCST node survives lowering.
"""

from __future__ import annotations

import enum
import dataclasses
from dataclasses import dataclass

from wakecheck._speedups.frozen import all_built_fast, pickled_by_fields
from wakecheck.model import Span

# ---------------------------------------------------------------------------
# Expressions


class Scope(enum.Enum):
    """Where a name is looked up, decided once by the lowering (Python's own rules)."""

    LOCAL = "local"
    FREE = "free"  # a local of an enclosing function, captured by a closure
    GLOBAL = "global"  # module global, then builtin


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    scope: Scope


@dataclass(frozen=True, slots=True)
class Attr:
    base: Expr
    attr: str
    text: str


@dataclass(frozen=True, slots=True)
class Const:
    value: object  # None, bool, int, float, str, bytes, or Ellipsis


@dataclass(frozen=True, slots=True)
class Arg:
    value: Expr
    keyword: str | None = None
    star: int = 0  # 1 for *args, 2 for **kwargs


@dataclass(frozen=True, slots=True)
class Call:
    func: Expr
    args: tuple[Arg, ...]
    site: int  # unique within the module
    span: Span
    text: str  # the callee as written, e.g. "container.fetch"


@dataclass(frozen=True, slots=True)
class BinOp:
    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class UnaryOp:
    op: str  # "not", "-", "+", "~"
    operand: Expr


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # "and" | "or"
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Compare:
    left: Expr
    ops: tuple[str, ...]
    comparators: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class IfExp:
    test: Expr
    body: Expr
    orelse: Expr
    test_text: str


@dataclass(frozen=True, slots=True)
class FuncRef:
    """A `def` or `lambda` evaluated where it stands: makes a closure."""

    qualname: str


@dataclass(frozen=True, slots=True)
class SeqLit:
    kind: str  # "list" | "tuple" | "set"
    items: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class DictLit:
    keys: tuple[Expr | None, ...]  # None marks a ** spread
    values: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Subscript:
    base: Expr
    index: Expr
    sliced: bool = False  # `base[a:b]`: `index` stands for the slice's bounds, evaluated for their calls


@dataclass(frozen=True, slots=True)
class Starred:
    value: Expr


@dataclass(frozen=True, slots=True)
class NamedExpr:
    target: str
    value: Expr


@dataclass(frozen=True, slots=True)
class Generator:
    target: Target
    iter: Expr
    ifs: tuple[Expr, ...]
    if_texts: tuple[str, ...]
    iter_text: str


@dataclass(frozen=True, slots=True)
class Comp:
    kind: str  # "list" | "set" | "dict" | "gen"
    generators: tuple[Generator, ...]
    elt: Expr
    value: Expr | None = None  # dict comprehensions


@dataclass(frozen=True, slots=True)
class ModuleRef:
    """A module named by an import inside a function (relative imports already resolved)."""

    name: str


@dataclass(frozen=True, slots=True)
class Raised:
    """What `raise value` raises: a class is instantiated with no arguments, anything else is itself."""

    value: Expr
    site: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Iter:
    """`iter(value)` as a `for` or a comprehension takes it: an object's `__iter__` and `__next__` run."""

    value: Expr
    site: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Decorate:
    """A decorated definition's value: each decorator, innermost first, called with the value so far.

    Each Call's callee is the decorator expression and its arguments are empty: the value
    is the one argument. A decorator that is not a project function or class (a library's,
    an unknown one) is taken to return a function that calls the one it was given.
    """

    value: Expr
    decorators: tuple[Call, ...]


@dataclass(frozen=True, slots=True)
class Yield:
    """`yield value` (`yield from value` with `delegate`): what the generator hands out."""

    value: Expr | None
    delegate: bool = False


@dataclass(frozen=True, slots=True)
class Enter:
    """What `with holder as x` binds: `holder.__enter__()` (`__aenter__` for `async with`)."""

    holder: Expr
    is_async: bool
    site: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Exit:
    """`holder.__exit__(...)` (`__aexit__`), run on every way out of a `with` block: with
    `(None, None, None)`, or, `exceptional`, with the exception that leaves it."""

    holder: Expr
    is_async: bool
    site: int
    span: Span
    text: str
    exceptional: bool = False


@dataclass(frozen=True, slots=True)
class FString:
    """An f-string: its text pieces and its formatted expressions, in order."""

    parts: tuple[Expr, ...]  # Const for text, any expression for a `{...}`
    text: str


@dataclass(frozen=True, slots=True)
class Opaque:
    """An expression we do not model; its parts are still evaluated for their calls."""

    parts: tuple[Expr, ...]
    text: str


Expr = (Name | Attr | Const | Call | BinOp | UnaryOp | BoolOp | Compare | IfExp | FuncRef
        | SeqLit | DictLit | Subscript | Starred | NamedExpr | Comp | ModuleRef | Raised | Iter | Decorate
        | Yield | Enter | Exit | FString | Opaque)

# ---------------------------------------------------------------------------
# Assignment targets


@dataclass(frozen=True, slots=True)
class NameT:
    id: str
    scope: Scope


@dataclass(frozen=True, slots=True)
class AttrT:
    base: Expr
    attr: str


@dataclass(frozen=True, slots=True)
class SubscriptT:
    base: Expr
    index: Expr


@dataclass(frozen=True, slots=True)
class TupleT:
    items: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class StarT:
    target: Target


Target = NameT | AttrT | SubscriptT | TupleT | StarT

# ---------------------------------------------------------------------------
# Operations and terminators


@dataclass(frozen=True, slots=True)
class Assign:
    targets: tuple[Target, ...]
    value: Expr


@dataclass(frozen=True, slots=True)
class AugAssign:
    target: Target
    op: str
    value: Expr


@dataclass(frozen=True, slots=True)
class Eval:
    value: Expr


Op = Assign | AugAssign | Eval


class CondKind(enum.Enum):
    """What a branch tests; only PLAIN conditions are named as gates in verdicts."""

    PLAIN = "plain"
    EXCEPT = "except"  # which handler an exception goes to
    MATCH = "match"  # which case pattern matches


@dataclass(frozen=True, slots=True)
class Goto:
    target: int


@dataclass(frozen=True, slots=True)
class Branch:
    cond: Expr
    true: int
    false: int
    text: str
    line: int
    kind: CondKind = CondKind.PLAIN


@dataclass(frozen=True, slots=True)
class ForIter:
    """Loop header: `body` binds `target` to the next element; `exit` is the zero-iteration/exhausted edge."""

    iterator: str  # hidden local holding the iterable's value
    target: Target
    body: int
    exit: int
    text: str


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None


@dataclass(frozen=True, slots=True)
class Raise:
    value: Expr | None


@dataclass(frozen=True, slots=True)
class Unreachable:
    """End of a block that control never leaves normally (after a call that never returns)."""


Terminator = Goto | Branch | ForIter | Return | Raise | Unreachable


@dataclass(frozen=True, slots=True)
class Block:
    id: int
    ops: tuple[Op, ...]
    term: Terminator
    handler: int | None  # where an exception raised in this block goes; None: out of the function


# ---------------------------------------------------------------------------
# Functions, classes, modules


class ParamKind(enum.Enum):
    POSITIONAL = "positional"
    VAR_POSITIONAL = "var_positional"
    KEYWORD_ONLY = "keyword_only"
    VAR_KEYWORD = "var_keyword"


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: ParamKind
    default: Expr | None
    annotation: Expr | None = None  # kept only where it picks what runs (a `singledispatch` implementation's)


class FuncKind(enum.Enum):
    FUNCTION = "function"
    METHOD = "method"
    STATICMETHOD = "staticmethod"
    CLASSMETHOD = "classmethod"
    PROPERTY = "property"
    LAMBDA = "lambda"


@dataclass(frozen=True, slots=True)
class FunctionIR:
    qualname: str
    name: str
    module: str
    kind: FuncKind
    class_qualname: str | None
    params: tuple[Param, ...]
    is_async: bool
    span: Span
    decorators: tuple[str, ...]  # dotted text of each decorator
    blocks: tuple[Block, ...]
    free_vars: tuple[str, ...]  # names captured from enclosing functions
    is_generator: bool = False  # its body yields: a call makes a generator object


@dataclass(frozen=True, slots=True)
class ClassIR:
    qualname: str
    name: str
    module: str
    bases: tuple[Expr, ...]
    span: Span
    methods: tuple[tuple[str, str], ...]  # (name, function qualname), last definition wins
    class_attrs: tuple[tuple[str, Expr], ...]  # class-body assignments, in order
    fields: tuple[str, ...]  # annotated class-body names, in order (dataclass-style fields)
    self_attrs: tuple[tuple[str, str, Expr], ...]  # (attr, method qualname, value) for `self.attr = value`
    decorators: tuple[str, ...]
    # Methods under decorators the interpreter applies (not property, staticmethod, …):
    # (name, the decorated value: a Decorate over the method's FuncRef).
    decorated: tuple[tuple[str, Expr], ...] = ()
    metaclass: Expr | None = None  # the class statement's `metaclass=` keyword
    # Its other keywords (`class Ping(Plugin, kind="ping")`), which `__init_subclass__` is handed.
    keywords: tuple[tuple[str, Expr], ...] = ()


class BindingKind(enum.Enum):
    FUNCTION = "function"
    CLASS = "class"
    IMPORT_MODULE = "import_module"  # `import a.b` binds a; `import a.b as x` binds x to a.b
    IMPORT_FROM = "import_from"
    ASSIGN = "assign"


@dataclass(frozen=True, slots=True)
class Binding:
    """One way a module-level name gets its value."""

    kind: BindingKind
    target: str = ""  # qualname (function/class) or module name (imports)
    member: str | None = None  # imported name for IMPORT_FROM
    value: Expr | None = None  # for ASSIGN (a Subscript/Attr target gives no binding); a decorated FUNCTION's value


@dataclass(frozen=True, slots=True)
class ModuleIR:
    name: str
    path: str  # as displayed
    is_package: bool
    functions: tuple[FunctionIR, ...]  # the module's top-level code among them, as `<module>`
    classes: tuple[ClassIR, ...]
    globals: tuple[tuple[str, tuple[Binding, ...]], ...]
    # Which functions may write long-lived state, and which call what (facts.py's search):
    # `a<attr>` stores or mutates an attribute named attr, `g<name>` a global name,
    # `c<name>` calls something whose name ends in name. Sorted by key.
    writes: tuple[tuple[str, tuple[str, ...]], ...] = ()


# Lowered modules travel between processes and into the cache: pickle them compactly.
for _kind in list(globals().values()):
    if isinstance(_kind, type) and dataclasses.is_dataclass(_kind) and _kind.__module__ == __name__:
        pickled_by_fields(_kind)
# Lowering builds millions of them, and so does loading them back: without object.__setattr__.
all_built_fast(globals(), __name__)
