"""Our frozen dataclasses built without `object.__setattr__`, and pickled as their class and field values.

A frozen dataclass's generated `__init__` stores every field through
`object.__setattr__(self, name, value)`, a generic store that looks the name up along
the class's MRO each time; calling the field's own slot descriptor does the same store
in one C call. And the default pickling of a slotted dataclass restores each object
through `dataclasses.fields()`. A run builds and loads tens of millions of such values
(the lowered IR, abstract values, findings), so both are worth doing differently.

The classes register here when they are defined (`all_built_fast`, `pickled_by_fields`);
the faster methods are put on them only when the speed-ups are switched on in a process
of wakecheck's (`install`), so that elsewhere they are plain dataclasses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import TypeVar, cast

_T = TypeVar("_T")

# Stands for "argument left out" where a default factory applies: dataclasses' own marker, so
# that the signature reads the same (`<factory>`).
_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())

_BUILT: list[type] = []  # classes that get a faster `__init__`, in the order they were defined
_PICKLED: list[type] = []  # classes pickled by their fields
_INSTALLED: dict[type, object] = {}  # class → the `__init__` it had, while installed
_ON = [False]  # whether installed: classes defined later get the methods at once


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
    """Give a frozen dataclass the faster `__init__` now; TypeError if none can do what its own does."""
    init = fast_init(cls)
    if init is None:
        raise TypeError(f"{cls.__name__}: no faster __init__ can do what its dataclass __init__ does")
    _INSTALLED.setdefault(cls, cls.__dict__["__init__"])
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def all_built_fast(namespace: dict[str, object], module: str) -> None:
    """Every frozen dataclass defined in `module` (its globals are `namespace`) gets the faster `__init__` once installed."""
    for value in list(namespace.values()):
        if (isinstance(value, type) and value.__module__ == module and dataclasses.is_dataclass(value)
                and value.__dataclass_params__.frozen):  # type: ignore[attr-defined]
            _BUILT.append(value)
            if _ON[0]:
                built_fast(value)


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass as its class and field values, once installed (a class decorator).

    The field values are read by one `attrgetter`, in C. A subclass, with fields of its
    own, must be decorated too: pickling one that is not raises TypeError.
    """
    _PICKLED.append(cls)
    if _ON[0]:
        _pickle_by_fields(cls)
    return cls


def _pickle_by_fields(cls: type) -> None:
    names: tuple[str, ...] = cls.__match_args__  # type: ignore[attr-defined]
    fields: Callable[[object], tuple[object, ...]]
    if len(names) > 1:
        fields = attrgetter(*names)  # all of them in one C call
    else:
        def fields(self: object) -> tuple[object, ...]:
            return tuple(getattr(self, name) for name in names)

    def reduce(self: object) -> tuple[object, tuple[object, ...]]:
        if type(self) is not cls:
            raise TypeError(f"{type(self).__name__} derives from {cls.__name__} and is not pickled_by_fields")
        return cls, fields(self)

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]


def install() -> None:
    """Put the faster methods on every registered class, and on those defined from now on."""
    if _ON[0]:
        return
    _ON[0] = True
    for cls in _BUILT:
        built_fast(cls)
    for cls in _PICKLED:
        _pickle_by_fields(cls)


def uninstall() -> None:
    """Give every class back the methods `dataclasses` made for it."""
    if not _ON[0]:
        return
    _ON[0] = False
    for cls, init in _INSTALLED.items():
        cls.__init__ = init  # type: ignore[misc]
    _INSTALLED.clear()
    for cls in _PICKLED:
        if "__reduce__" in cls.__dict__:
            delattr(cls, "__reduce__")
