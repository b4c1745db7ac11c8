"""Frozen value types shared by every stage: findings, file errors, audit rows, reports."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, TypeVar, cast

_T = TypeVar("_T")


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Verdict(enum.Enum):
    YES = "YES"
    NO = "NO"
    RARELY = "RARELY"


def tuple_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an object's attributes `names` as a tuple, read in one C call (`attrgetter`)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])

        def single(obj: Any) -> tuple[Any, ...]:
            return (one(obj),)
        return single

    def none(obj: Any) -> tuple[Any, ...]:
        return ()
    return none


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass as its class and field values.

    The default for slotted dataclasses restores each object through
    `dataclasses.fields()`, which made loading lowered modules (from worker
    processes, from the cache) cost more than lowering them. The field values are
    read by one `attrgetter`, in C, for the class itself (a subclass, with fields of
    its own, must be decorated too: it is checked here).
    """
    fields = tuple_getter(cls.__match_args__)  # type: ignore[attr-defined]

    def reduce(self: object) -> tuple[object, tuple[object, ...]]:
        if type(self) is not cls:
            raise TypeError(f"{type(self).__name__} derives from {cls.__name__} and is not pickled_by_fields")
        return cls, fields(self)

    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls


# ---------------------------------------------------------------------------
# Frozen dataclasses built without `object.__setattr__`
#
# A frozen dataclass's generated `__init__` stores every field through
# `object.__setattr__(self, name, value)`, a generic attribute store that looks the
# name up along the class's MRO each time. Calling the field's own slot descriptor
# does the same store in one C call: building a three-field value takes about 270 ns
# instead of 460. A run builds tens of millions of such values (LibCST nodes while
# parsing, the lowered IR, abstract values), so the difference is seconds.

# Stands for "argument left out" where a default factory applies: dataclasses' own marker, so
# that the signature reads the same (`<factory>`).
_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())


def fast_init(cls: type, *, post_init: bool = True) -> Callable[..., None] | None:
    """An `__init__` for frozen dataclass `cls` that does what the dataclass's own does; None if it cannot.

    The same parameters in the same order, the same defaults (a default factory is
    called only when the argument is left out, as dataclasses do), each field stored
    through the descriptor `object.__setattr__` would find (a slot), or else into the
    instance's `__dict__`; a field that is no parameter set to its default; then
    `__post_init__`, if the class has one and `post_init` is True. A keyword-only
    field is not reproduced: None.
    """
    if not dataclasses.is_dataclass(cls):
        return None
    namespace: dict[str, object] = {"_FACTORY": _FACTORY}
    params: list[str] = []
    body: list[str] = []
    uses_dict = False
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.kw_only or not f.name.isidentifier():
            return None
        value = f.name
        if not f.init:  # not a parameter: set to its default, as dataclasses does, or left unset
            if f.default is not dataclasses.MISSING:
                namespace[f"_default{i}"] = f.default
                value = f"_default{i}"
            elif f.default_factory is not dataclasses.MISSING:
                namespace[f"_factory{i}"] = f.default_factory
                value = f"_factory{i}()"
            else:
                continue
        elif f.default is not dataclasses.MISSING:
            namespace[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory{i}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            value = f"_factory{i}() if {f.name} is _FACTORY else {f.name}"
        else:
            params.append(f.name)
        setter = _slot_setter(cls, f.name)
        if setter is not None:
            namespace[f"_set{i}"] = setter
            body.append(f"    _set{i}(self, {value})")
        else:
            uses_dict = True
            body.append(f"    _fields[{f.name!r}] = {value}")
    if uses_dict:
        if "__dict__" not in dir(cls):
            return None
        body.insert(0, "    _fields = self.__dict__")
    if post_init and hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, namespace)  # noqa: S102 - our own generated code, as dataclasses itself does
    init = cast("Callable[..., None]", namespace["__init__"])
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in dataclasses.fields(cls) if f.init}, "return": None}
    return init


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None] | None:
    """The `__set__` of the data descriptor `object.__setattr__` would use for `name`, or None: the instance dict."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None or name in klass.__dict__:
            if found is None or getattr(type(found), "__set__", None) is None:
                return None
            return cast("Callable[[object, object], None]", found.__set__)
    return None


def built_fast(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass (ours) the faster `__init__`; a class decorator, applied over `@dataclass`."""
    init = fast_init(cls)
    if init is None:
        raise TypeError(f"{cls.__name__}: no faster __init__ can do what its dataclass __init__ does")
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def all_built_fast(namespace: dict[str, object], module: str) -> None:
    """`built_fast` on every frozen dataclass defined in `module` (its globals are `namespace`)."""
    for value in list(namespace.values()):
        if (isinstance(value, type) and value.__module__ == module and dataclasses.is_dataclass(value)
                and value.__dataclass_params__.frozen):  # type: ignore[attr-defined]
            built_fast(value)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based, end-inclusive-line / end-exclusive-column source range."""

    line: int
    column: int
    end_line: int
    end_column: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ChainFrame:
    """One step of a call chain: the function and the line of the call (or sink) in it."""

    function: str
    path: str
    line: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    path: str
    span: Span
    message: str
    entry: str
    sink: str
    chain: tuple[ChainFrame, ...]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.line, self.span.column, self.rule, self.entry)

    def fingerprint(self) -> str:
        """Identity that survives edits elsewhere: rule, sink call and chain of functions, not lines.

        Used by baselines and by SARIF's partialFingerprints.
        """
        # Lambdas are named by their line (`<lambda:114>`); the line must not count here.
        functions = (re.sub(r"<lambda:\d+>", "<lambda>", frame.function) for frame in self.chain)
        parts = [self.rule, self.path, self.sink or self.message, *functions]
        import hashlib

        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be read or parsed; line and column are 1-based."""

    path: str
    line: int
    column: int
    message: str

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.message)

    @property
    def is_internal(self) -> bool:
        """A bug in wakecheck met while analysing this file, not a problem with the file."""
        return self.message.startswith(INTERNAL_ERROR)


INTERNAL_ERROR = "internal error"
REPORT_IT = "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)"


def describe_bug(exc: BaseException) -> str:
    """An unexpected exception as one short line: `KeyError: 'x'`.

    An argument that is not a plain value (a syntax node, say) is shown by its type
    alone: its repr may be megabytes long, or too deeply nested to make at all.
    """
    if all(isinstance(arg, (str, int, float, bool, type(None))) for arg in exc.args):
        try:
            text = str(exc)
        except Exception:  # noqa: BLE001 - a message that cannot be made must not hide the bug
            text = ""
    else:
        text = ", ".join(f"<{type(arg).__name__}>" for arg in exc.args)
    lines = text.strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > 200 or len(lines) > 1:
        first = first[:200] + " …"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def internal_error(path: str, line: int, column: int, what: str, exc: BaseException) -> FileError:
    """A bug met while analysing `what` (a file, an entry), as that file's error line: the run goes on."""
    return FileError(path, max(line, 1), max(column, 1),
                     f"{INTERNAL_ERROR} while analysing {what}: {describe_bug(exc)} — {REPORT_IT}")


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `wakecheck check` says, sorted once at construction by the engine."""

    findings: tuple[Finding, ...]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...] = ()
    suppressed: int = 0  # findings silenced by `# wakecheck: ignore[...]`
    baselined: int = 0  # findings known to the baseline
    stale: tuple[object, ...] = ()  # baseline entries no finding matches any more (fixed)
    parsed: int = 0  # files parsed in this run
    cached: int = 0  # files whose lowered form came from the cache
    units: int = 0  # a large check's units of files (engine._analyse_units)
    units_reused: int = 0  # units whose findings came from the cache


# Every value above is built often (findings, spans, chains): build them without object.__setattr__.
all_built_fast(globals(), __name__)

# The audit's value types are in wakecheck.audit_model: a check never builds them.
