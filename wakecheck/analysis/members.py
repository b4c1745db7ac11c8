"""Attributes of abstract values: an object's fields, its class's members, modules, library objects.

An attribute read on a project object looks, as Python does, first at what the path
knows the object holds (Inst.fields: stores since it was made, or since the tick
began), then at its class: a property is called, a method is bound, a class attribute
is read; and at every value stored to that attribute anywhere (the facts), which are
what its `__dict__` may hold at the start of the tick.

A class attribute whose class defines `__get__` (a descriptor) gives what its `__get__`
returns, read from an object or from the class.

What it does not follow: attributes a metaclass gives its classes, `__getattribute__`, a
descriptor's `__set__`, and attributes set through `__dict__`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.bindings import namespace
from wakecheck.analysis.values import (
    BOTTOM, NEW, UNKNOWN, AllocLoc, Bottom, ClassRef, Const, Dict, Empty, Ext, ExtLoc, FieldLoc, Func, GlobalLoc,
    Handle, UNKNOWN_OBJECT, EnumMember, FlagSet, HandleMethod, Inst, Loc, ModuleVal, Seq, Tup, Union, Unknown, Value,
    _interesting, alternatives, join, lost, union,
)

if TYPE_CHECKING:
    from wakecheck.analysis.flow import State
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Summary

_UNKNOWN_BASE = object()  # not yet in bases_memo
_NONE = Const(None)
_PLAIN_BASES = frozenset({"builtins.object", "typing.Generic", "abc.ABC", "typing.Protocol"})
# Where a class member is defined: (class, method qualname or None, class-attribute values)
_Definition = tuple[str, str | None, tuple[ir.Expr, ...], str]  # where, method, attributes, read from
_EMPTY_ATTRS = {"size", "length", "count", "items", "keys", "values", "copy", "rows"}
COLLECTION_METHODS = {"append", "extend", "insert", "add", "update", "items", "keys", "values",
                      "get", "pop", "copy", "setdefault", "index", "count", "sort", "remove", "discard",
                      "appendleft", "extendleft", "popleft", "clear", "put", "put_nowait", "get_nowait",
                      "set", "is_set", "wait"}
_METHODS = (ir.FuncKind.METHOD, ir.FuncKind.STATICMETHOD, ir.FuncKind.CLASSMETHOD, ir.FuncKind.FUNCTION)


@dataclass(frozen=True, slots=True)
class Property:
    """A property (or cached property) found on a class, to be called with its instance."""

    qualname: str


@dataclass(frozen=True, slots=True)
class Super:
    """`super()` inside a method of `cls`, bound to `inst`."""

    cls: str  # the class whose method called super()
    inst: Inst | ClassRef  # `self`, or `cls` in a classmethod


@dataclass(frozen=True, slots=True)
class CollMethod:
    """A method of a known list, dict or set (`d.get`), as a value a call can dispatch on."""

    base: Value
    method: str


class Members:
    """Reads and stores attributes of values; memoises what classes define."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp
        self.index = interp.index
        # (class, attribute, exact) -> (index generation, where it is defined)
        self.members_memo: dict[tuple[str, str, bool], tuple[int, list[_Definition]]] = {}
        self.bases_memo: dict[str, str | None] = {}  # class → external_base's answer, once it is settled
        self.attr_names_memo: dict[tuple[str, str], tuple[list[str], tuple[str, ...]]] = {}
        self.classes_memo: dict[tuple[str, bool], tuple[int, tuple[str, ...]]] = {}
        self.namespaces = interp.config.namespaces()  # Wrangler's container bindings (see bindings.py)

    # -- names the configuration's patterns see --------------------------------------------------
    def attr_names(self, expr: ir.Attr, base: Value, fn: ir.FunctionIR) -> Sequence[str]:
        """Dotted names an attribute may be known by, for matching the configured patterns."""
        if type(base) is Inst:  # the commonest base: its names as kept, not copied
            return self.class_attr_names(base.cls, expr.attr)
        names: list[str] = []
        for alt in alternatives(base) if type(base) is Union else (base,):
            match alt:
                case Inst():
                    names.extend(self.class_attr_names(alt.cls, expr.attr))
                case ModuleVal() | Ext():
                    names.append(f"{alt.name}.{expr.attr}")
                case ClassRef():
                    names.append(f"{alt.qualname}.{expr.attr}")
                case _:
                    pass
        if not names:
            names.append(expr.text if "." in expr.text else f"{fn.module}.{expr.text}")
        return names

    def class_attr_names(self, cls: str, attr: str) -> tuple[str, ...]:
        """`Class.attr` for each class of the MRO: kept while that MRO stands."""
        mro = self.index.mro(cls, self.interp)
        known = self.attr_names_memo.get((cls, attr))
        if known is None or known[0] is not mro:
            known = self.attr_names_memo[(cls, attr)] = (mro, tuple(f"{c}.{attr}" for c in mro))
        return known[1]

    def is_method(self, base: Value, attr: str) -> bool:
        """Whether reading `attr` on `base` gives a bound method (a method read without a call)."""
        for alt in alternatives(base):
            if type(alt) is not Inst or attr in dict(alt.fields):
                continue
            for _, method, _, _ in self.member_definitions(alt.cls, attr, alt.exact):
                target = self.index.function(method) if method is not None else None
                if target is not None and target.kind in _METHODS:
                    return True
        return False

    # -- reads -----------------------------------------------------------------------------------
    def attribute(self, base: Value, expr: ir.Attr, st: State, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Value:
        if type(base) is not Union:  # one alternative: nothing to join
            out = self.attribute_of(base, expr.attr, expr, st, fn, summary, closure)
        else:
            # `None.attr` raises: where the value may be something else, that is what the read gives.
            found = [self.attribute_of(alt, expr.attr, expr, st, fn, summary, closure) for alt in alternatives(base)
                     if alt != _NONE]
            out = union(found)
        if expr.attr in self.namespaces:
            return namespace(out, expr.attr)
        return UNKNOWN if type(out) is Bottom else out

    def attribute_of(self, base: Value, attr: str, expr: ir.Attr, st: State,  # noqa: C901
                     fn: ir.FunctionIR, summary: Summary, closure: dict[str, Value]) -> Value:
        match base:
            case Inst():
                return self.instance_attribute(base, attr, expr, st, fn, summary, closure)
            case Handle():
                return HandleMethod(base, attr) if not base.kind else self.interp.wakes.attribute(base, attr)
            case HandleMethod() if attr == "aio":
                return base  # `f.remote.aio(...)`: the same call, awaited
            case ModuleVal():
                return self.interp.member(base.name, attr)
            case Ext():
                stored = self.interp.facts.external(base.name, attr)
                return join(Ext(f"{base.name}.{attr}"), stored) if type(stored) is not Bottom \
                    else Ext(f"{base.name}.{attr}")
            case ClassRef():
                found = self.class_member(base.qualname, attr, None, exact=True)
                if found is not None:
                    found = self.described(found, Const(None), base, expr, st, fn, summary, closure)
                stored = self.stored(base.qualname, True, attr, None)
                if found is None and type(stored) is Bottom and attr == "__subclasses__":
                    return cast(Value, CollMethod(base, attr))  # called: calling.Calls.direct_subclasses
                if found is None and type(stored) is Bottom:
                    # `Job.objects`: what a library base class gives its subclasses (a Django manager).
                    return self.interp.wakes.class_attribute(base.qualname, attr) or UNKNOWN
                return join(found if found is not None else BOTTOM, stored)
            case Empty():
                if attr in _EMPTY_ATTRS:
                    return base
                return coll_method(base, attr)
            case Seq() | Dict() | Tup():
                return coll_method(base, attr)
            case Const() if isinstance(base.value, EnumMember):
                return self.member_attribute(base, base.value, attr)
            case Const() if isinstance(base.value, str) and attr in STR_METHODS:
                return cast(Value, CollMethod(base, attr))  # `"pkg.jobs.ping".rpartition(".")`
            case Super():
                found = self.class_member_after(base, attr)
                if isinstance(found, Property) and isinstance(base.inst, Inst):
                    return self.call_property(found, base.inst, expr, st, fn, summary, closure)
                if found is None and attr == "__new__" and (outer := self.external_base(base.cls)) in (
                        None, "builtins.type"):
                    # `super().__new__(cls)` in a singleton's `__new__`, or in a metaclass's
                    return Ext("builtins.object.__new__" if outer is None else "builtins.type.__new__")
                return found if found is not None else UNKNOWN
            case Func() | ClassRef() if attr in ("__name__", "__qualname__"):
                name = base.qualname
                return Const(name.rpartition(".")[2] if attr == "__name__" else name)
            case Func() if attr == "__wrapped__":
                # What `functools.wraps` wrapped: the function the wrapper closes over.
                wrapped = [v for _, v in base.closure if isinstance(v, Func)]
                return wrapped[0] if wrapped else UNKNOWN
            case Unknown():
                # What was lost stays lost, for the call that meets it to say so; and what the project
                # stores under this name on objects it does not know (`app.state.box = open_box()` in
                # a start-up hook whose `app` the framework passes) may be what this one holds.
                stored = self.interp.facts.unknown_object(attr)
                return base if type(stored) is Bottom else join(base, stored)
            case _:
                return UNKNOWN

    def member_attribute(self, const: Const, member: EnumMember, attr: str) -> Value:
        """`Stage.CURING.attr`: its `name`, its `value`, or a method of its class bound to it
        (`stage.is_terminal()` runs with `self` the member)."""
        if attr == "name":
            return Const(member.name)
        if attr == "value":
            info = self.index.shape(member.cls)
            values = [v for name, v in info.class_attrs if name == member.name] if info is not None else []
            return self.interp.module_eval(info.module, values[-1]) if info is not None and values else UNKNOWN
        for klass in self.index.mro(member.cls, self.interp):
            method = self.index.member(klass, attr)[0]
            if method is None:
                continue
            target = self.index.function(method)
            if target is None or target.kind is ir.FuncKind.PROPERTY:
                return UNKNOWN
            if target.kind is ir.FuncKind.STATICMETHOD:
                return Func(method)
            if target.kind is ir.FuncKind.CLASSMETHOD:
                return Func(method, ClassRef(member.cls))
            return Func(method, const)
        return UNKNOWN

    def instance_attribute(self, inst: Inst, attr: str, expr: ir.Attr, st: State, fn: ir.FunctionIR,
                           summary: Summary, closure: dict[str, Value]) -> Value:
        """`inst.attr`: known along the path, else a property, else stored values and class members."""
        for name, value in inst.fields:
            if name == attr:
                return value
        view = self.interp.view
        if view is not None and view[1] and self.interp.same_object(inst.cls):
            for name, value in view[1]:
                if name == attr:
                    return value  # stored on the entry's object by this tick (see Interpreter.view)
        if attr.startswith("$match"):
            return self.match_arg(inst, int(attr[6:]), expr, st, fn, summary, closure)
        found = self.class_member(inst.cls, attr, inst, exact=inst.exact)
        if found is not None and any(isinstance(a, Property) for a in alternatives(found)):
            return self.call_property(found, inst, expr, st, fn, summary, closure)
        if found is not None:
            found = self.described(found, inst, ClassRef(inst.cls), expr, st, fn, summary, closure)
        stored = self.stored(inst.cls, inst.exact, attr, inst.alloc if inst.alloc != NEW else None)
        if found is None and type(stored) is Bottom:
            hook = self.class_member(inst.cls, "__getattr__", inst, exact=inst.exact)
            if hook is not None:
                # Not found the usual way: Python asks `__getattr__` (a proxy forwarding to what it wraps).
                out: Value = BOTTOM
                for alt in alternatives(hook):
                    if not isinstance(alt, Func) or (target := self.index.function(alt.qualname)) is None:
                        return lost(f"attribute `{attr}` of `{inst.cls}`, which its `__getattr__` makes")
                    out = join(out, self.interp.calling.invoke(target, inst, [Const(attr)], [], alt.closure, st, fn,
                                                               summary, site_of(expr), expr.text))
                return out
            inherited = self.external_base(inst.cls)
            # Neither defined nor stored in the project's classes: the external base class's.
            if inherited is not None:
                return Ext(f"{inherited}.{attr}")
            return lost(f"attribute `{attr}` of `{inst.cls}`, which no code the analysis sees assigns")
        return join(found if found is not None else BOTTOM, stored)

    def stored(self, cls: str, exact: bool, attr: str, alloc: str | None) -> Value:
        """Every value stored to `attr` on instances of `cls` (or its subclasses, not exact), or on the
        class: on the objects made where this one was (`alloc`), or, not known, on any of them."""
        if attr not in self.interp.facts.attrs and not self.index.writers("a" + attr):
            return BOTTOM
        return self.interp.facts.field(self.classes_of(cls, exact), attr, alloc)

    def classes_of(self, cls: str, exact: bool) -> tuple[str, ...]:  # noqa: D401
        """The classes whose stores an instance of `cls` may hold: its MRO, and its subclasses' if not exact."""
        key = (cls, exact)
        generation = self.index.generation
        known = self.classes_memo.get(key)
        if known is not None and known[0] == generation:
            return known[1]
        owners = [cls] if exact else [cls, *self.index.subclasses(cls, self.interp)]
        found: dict[str, None] = {}
        for owner in owners:
            for klass in self.index.mro(owner, self.interp):
                found[klass] = None
        result = tuple(found)
        self.classes_memo[key] = (self.index.generation, result)
        return result

    def match_arg(self, inst: Inst, i: int, expr: ir.Attr, st: State, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Value:
        """The attribute a class pattern's `i`th positional sub-pattern matches (`__match_args__`)."""
        names = self.match_names(inst.cls)
        if i >= len(names):
            return UNKNOWN
        named = ir.Attr(expr.base, names[i], f"{expr.text.rpartition('[')[0]}.{names[i]}")
        return self.instance_attribute(inst, names[i], named, st, fn, summary, closure)

    def match_names(self, cls: str) -> list[str]:
        """A record's fields in order (`__match_args__`, else its annotated fields): a named tuple's items."""
        names: list[str] = []
        declared = self.class_member(cls, "__match_args__", None, exact=True)
        if isinstance(declared, Tup):
            names = [x.value for x in declared.items if isinstance(x, Const) and isinstance(x.value, str)]
        else:
            for klass in reversed(self.index.mro(cls, self.interp)):
                info = self.index.shape(klass)
                if info is not None:
                    names.extend(f for f in info.fields if f not in names)
        return names

    def class_member(self, cls: str, attr: str, inst: Inst | None, *, exact: bool) -> Value | None:
        """A method (bound to `inst`), property, or class attribute found along the MRO."""
        out: Value | None = None
        for klass, method, attrs, owner in self.member_definitions(cls, attr, exact):
            if method is not None:
                found = self.bind_method(method, inst, klass, attr, owner)
            elif self.is_enum(klass) and not attr.startswith("_"):
                found = Const(EnumMember(klass, attr))  # `State.BUSY`: a member, equal only to itself
            else:
                found = BOTTOM
                module = self.index.shape(klass).module  # type: ignore[union-attr]
                for v in attrs:
                    found = join(found, self.class_attr_value(module, v))
            out = found if out is None else union((out, found))
        return out

    def member_definitions(self, cls: str, attr: str, exact: bool) -> list[_Definition]:
        """Where `attr` is defined for `cls` (and, not exact, each loaded subclass): the first
        class along each MRO with a method (its qualname) or class attributes (their values).
        """
        key = (cls, attr, exact)
        generation = self.index.generation
        known = self.members_memo.get(key)
        if known is not None and known[0] == generation:
            return known[1]
        owners = [cls] if exact else [cls, *self.index.subclasses(cls, self.interp)]
        found: list[_Definition] = []
        for owner in owners:
            for klass in self.index.mro(owner, self.interp):
                method, attrs, _ = self.index.member(klass, attr)
                if method is not None:
                    found.append((klass, method, (), owner))
                    break
                if attrs:
                    found.append((klass, None, attrs, owner))
                    break
        self.members_memo[key] = (self.index.generation, found)
        return found

    def is_enum(self, cls: str) -> bool:
        """Whether `cls` is an `enum` class (its class-body names are its members)."""
        base = self.external_base(cls)
        return base is not None and base.startswith("enum.")

    def flag_members(self, value: Value) -> tuple[str, frozenset[str]] | None:
        """For members of one project `enum.Flag` class (or combinations of them): the class and
        its nonzero members' names."""
        classes = {alt.value.cls for alt in alternatives(value) if type(alt) is Const
                   and isinstance(alt.value, (EnumMember, FlagSet))}
        if len(classes) != 1:
            return None
        cls = next(iter(classes))
        if self.external_base(cls) not in ("enum.Flag", "enum.IntFlag"):
            return None
        shape = self.index.shape(cls)
        if shape is None:
            return None
        names = frozenset(name for name, value in shape.class_attrs
                          if not name.startswith("_") and not (isinstance(value, ir.Const) and value.value == 0))
        return cls, names

    def metaclass(self, cls: str) -> str | None:
        """The project metaclass that makes `cls` (its own `metaclass=` or a base class's), if any."""
        for klass in self.index.mro(cls, self.interp):
            info = self.index.shape(klass)
            if info is not None and info.metaclass is not None:
                for alt in alternatives(self.interp.module_eval(info.module, info.metaclass)):
                    if type(alt) is ClassRef:
                        return alt.qualname
                return None
        return None

    def plain_object(self, cls: str) -> bool:
        """Whether every class in `cls`'s MRO is the project's (or `object`, `typing.Generic`,
        `abc.ABC`): what its objects do is all in the project's code."""
        for klass in self.index.mro(cls, self.interp):
            info = self.index.shape(klass)
            if info is None:
                return False
            for base in info.bases:
                for alt in alternatives(self.interp.module_eval(info.module, base)):
                    if not (type(alt) is ClassRef or type(alt) is Ext and alt.name in _PLAIN_BASES):
                        return False
        return True

    def external_base(self, cls: str) -> str | None:
        """The first base class outside the project in `cls`'s MRO (not `object`), if any."""
        known = self.bases_memo.get(cls, _UNKNOWN_BASE)
        if known is not _UNKNOWN_BASE:
            return cast("str | None", known)
        found: str | None = None
        undefined = self.interp.undefined
        named: list[tuple[str, str]] = []  # bases named by a plain name, and evaluated here
        for klass in self.index.mro(cls, self.interp):
            info = self.index.shape(klass)
            for base in info.bases if info is not None else ():
                if isinstance(base, ir.Subscript):
                    base = base.base  # `MutableMapping[str, Any]`: a generic alias of the class
                if isinstance(base, ir.Name):
                    if (info.module, base.id) in undefined:  # type: ignore[union-attr]
                        continue  # a name defined nowhere: no class at all
                    named.append((info.module, base.id))  # type: ignore[union-attr]
                for alt in alternatives(self.interp.module_eval(info.module, base)):  # type: ignore[union-attr]
                    if isinstance(alt, Ext) and alt.name != "builtins.object":
                        found = alt.name
                        break
                if found is not None:
                    break
            if found is not None:
                break
        # A plain name found undefined only while evaluating it here is passed over from now
        # on: the answer may change once, so it is kept only when no such name was met.
        if not any(pair in undefined for pair in named):
            self.bases_memo[cls] = found
        return found

    def class_attr_value(self, module: str, expr: ir.Expr) -> Value:
        # The lowering records a nested class as a Name holding its qualname (`m.A.B`).
        if isinstance(expr, ir.Name) and "." in expr.id and self.index.shape(expr.id) is not None:
            return ClassRef(expr.id)
        if isinstance(expr, ir.Call) and not any(a.keyword in _FIELD_DEFAULTS for a in expr.args) and \
                any(type(alt) is Ext and alt.name in _FIELD_DECLARATIONS
                    for alt in alternatives(self.interp.module_eval(module, expr.func))):
            return BOTTOM  # `kind: str = field(compare=False)`: every object gets its own; the class none
        value = self.interp.module_eval(module, expr)
        if not any(type(alt) is Inst and alt.fields for alt in alternatives(value)):
            return value
        # An object kept on a class lives as long as it: what its `__init__` stored is no fact of a
        # path (`__set_name__`, a registration hook, any method may have stored since), the facts are.
        return union([Inst(alt.cls, alt.exact, (), alt.alloc) if type(alt) is Inst else alt
                      for alt in alternatives(value)])

    def class_member_after(self, sup: Super, attr: str) -> Value | None:
        """`super().attr`: the first definition after `sup.cls` in the instance's MRO."""
        owner = sup.inst.cls if isinstance(sup.inst, Inst) else sup.inst.qualname
        mro = self.index.mro(owner, self.interp)
        after = mro[mro.index(sup.cls) + 1:] if sup.cls in mro else self.index.mro(sup.cls, self.interp)[1:]
        for klass in after:
            method = self.index.member(klass, attr)[0]
            if method is None:
                continue
            if isinstance(sup.inst, Inst):
                return self.bind_method(method, sup.inst, klass, attr)
            target = self.index.function(method)
            if target is not None and target.kind is ir.FuncKind.CLASSMETHOD:
                return Func(method, sup.inst)
            return Func(method)
        return None

    def bind_method(self, qualname: str, inst: Inst | None, klass: str, name: str = "",
                    owner: str | None = None) -> Value:
        """The method `qualname`, defined on `klass`, read from `inst` or else from the class `owner`
        (a classmethod's `cls` is the class it is read from, a subclass of `klass` maybe)."""
        target = self.index.function(qualname)
        if target is None:
            return UNKNOWN
        match target.kind:
            case ir.FuncKind.PROPERTY:
                return cast(Value, Property(qualname)) if inst is not None else Func(qualname)
            case ir.FuncKind.STATICMETHOD:
                return self.decorated(klass, name, Func(qualname), None)
            case ir.FuncKind.CLASSMETHOD:
                return Func(qualname, ClassRef(inst.cls if inst is not None else owner or klass))
            case _:
                plain = Func(qualname, inst) if inst is not None else Func(qualname)
                return self.decorated(klass, name, plain, inst)

    def decorated(self, klass: str, name: str, plain: Func, inst: Inst | None) -> Value:
        """A method under decorators the interpreter applies: what they made of it, bound like a function."""
        info = self.index.shape(klass)
        expr = next((e for n, e in info.decorated if n == name), None) if info is not None and name else None
        if expr is None:
            return plain
        made = self.interp.module_eval(info.module, expr)  # type: ignore[union-attr]
        out: list[Value] = []
        for alt in alternatives(made):
            if isinstance(alt, Func) and alt.qualname == plain.qualname:
                out.append(plain)
            elif isinstance(alt, Func) and alt.bound is None and inst is not None:
                # A plain function stored on a class is bound to the instance it is read from.
                out.append(Func(alt.qualname, inst, alt.closure, alt.partial))
            else:
                out.append(alt)
        return union(out)

    def described(self, found: Value, obj: Value, owner: ClassRef, expr: ir.Attr, st: State, fn: ir.FunctionIR,
                  summary: Summary, closure: dict[str, Value]) -> Value:
        """A class attribute read from `obj` (None: from the class `owner`): an object whose class
        defines `__get__` (a descriptor) gives what `__get__(obj, owner)` returns."""
        if not any(type(alt) is Inst for alt in alternatives(found)):
            return found
        out: list[Value] = []
        for alt in alternatives(found):
            getter = self.interp.calling.protocol(alt, "__get__")
            if getter is None:
                out.append(alt)
                continue
            for method in alternatives(getter):
                target = self.index.function(method.qualname) if type(method) is Func else None
                if target is None or type(method) is not Func:  # (the second test is for the type checker)
                    out.append(lost(f"attribute `{expr.text}`, which a descriptor's `__get__` makes"))
                    continue
                out.append(self.interp.calling.invoke(target, alt, [obj, owner], [], method.closure, st, fn,
                                                      summary, site_of(expr), expr.text))
        return union(out)

    def call_property(self, prop: Value, inst: Inst, expr: ir.Attr, st: State, fn: ir.FunctionIR,
                      summary: Summary, closure: dict[str, Value]) -> Value:
        out: Value = BOTTOM
        for alt in alternatives(prop):
            if isinstance(alt, Property):
                getter = self.index.function(alt.qualname)
                if getter is not None:
                    out = join(out, self.interp.calling.invoke(getter, inst, [], [], (), st, fn, summary,
                                                               site_of(expr), expr.text))
            else:
                out = join(out, alt)
        return out

    # -- stores ----------------------------------------------------------------------------------
    def set_property(self, base: Value, target: ir.AttrT, value: Value, st: State, fn: ir.FunctionIR,
                     summary: Summary) -> bool:
        """`obj.attr = value` where `obj`'s class has a property setter for `attr`: the setter runs
        (what it stores, it stores). True when every object `base` may be has one."""
        alts = alternatives(base)
        setters = [(alt, self.index.function(found[0])) for alt in alts if type(alt) is Inst
                   and (found := next(((m, k) for k, m, _, _ in self.member_definitions(
                       alt.cls, f"{target.attr}.setter", alt.exact) if m is not None), None)) is not None]
        if not setters or len(setters) < len(alts):
            return False
        text = f"{target.attr}.setter"
        for inst, setter in setters:
            if setter is not None:
                self.interp.calling.invoke(setter, inst, [value], [], (), st, fn, summary,
                                           -(zlib.crc32(text.encode()) + 1), text, receiver=target.base)
        return True

    def store(self, base: Value, attr: str, value: Value) -> None:
        """`base.attr = value` seen by the facts: the location it goes to for each kind of base."""
        facts = self.interp.facts
        for alt in alternatives(base):
            for loc in self.locations(alt, attr):
                facts.store(loc, value, alt.cls if isinstance(loc, AllocLoc) else None)  # type: ignore[union-attr]
            if type(alt) is Unknown and any(_interesting(v) for v in alternatives(value)):
                facts.store(UNKNOWN_OBJECT(attr), value)

    def locations(self, base: Value, attr: str) -> list[Loc]:
        """Where `base.attr` lives, for each kind of object `base` may be."""
        out: list[Loc] = []
        for alt in alternatives(base):
            match alt:
                case Inst() if alt.alloc == NEW:
                    pass  # being built: its constructor's caller stores what it holds (calling.construct)
                case Inst() if alt.alloc is not None:
                    out.append(AllocLoc(alt.alloc, attr))
                case Inst():
                    out.append(FieldLoc(alt.cls, attr))
                case ClassRef():
                    out.append(FieldLoc(alt.qualname, attr))
                case ModuleVal():
                    out.append(GlobalLoc(alt.name, attr))
                case Ext():
                    out.append(ExtLoc(alt.name, attr))
                case _:
                    pass
        return out


# Methods of a string constant worked out on it (with constant arguments): module and attribute
# names built from a dotted path, keys normalised before a lookup.
STR_METHODS = frozenset({"rpartition", "partition", "split", "rsplit", "strip", "lstrip", "rstrip", "lower",
                         "upper", "replace", "removeprefix", "removesuffix", "startswith", "endswith", "join",
                         "title", "casefold"})


def coll_method(base: Value, attr: str) -> Value:
    """A method of a known collection (`d.get`), as a value the call can dispatch on."""
    return cast(Value, CollMethod(base, attr)) if attr in COLLECTION_METHODS else UNKNOWN


_FIELD_DECLARATIONS = frozenset({"dataclasses.field", "attrs.field", "attr.ib", "attr.field", "pydantic.Field"})
_FIELD_DEFAULTS = frozenset({"default", "default_factory", "factory"})


def site_of(expr: ir.Attr) -> int:
    """A stable id for a property read (not a call site): negative, so it never meets a call's."""
    return -(zlib.crc32(expr.text.encode()) + 1)


def with_field(value: Value, attr: str, stored: Value) -> Value:
    """`value` as known after `value.attr = stored`: each object it may be now holds `stored` there."""
    if type(value) is Inst:
        fields = tuple((k, v) for k, v in value.fields if k != attr)
        return Inst(value.cls, value.exact, tuple(sorted((*fields, (attr, stored)))), value.alloc)
    if type(value) is Union and any(type(a) is Inst for a in value.alts):
        return union([with_field(a, attr, stored) for a in value.alts])
    return value


def without_field(value: Value, attr: str) -> Value:
    """`value` with what the path knew of `attr` let go of (read from the facts again)."""
    if type(value) is Inst and any(k == attr for k, _ in value.fields):
        return Inst(value.cls, value.exact, tuple((k, v) for k, v in value.fields if k != attr), value.alloc)
    if type(value) is Union and any(type(a) is Inst for a in value.alts):
        return union([without_field(a, attr) for a in value.alts])
    return value


def field_of(value: Value, attr: str) -> Value | None:
    """What the path knows `value.attr` holds, if it knows it for every object `value` may be."""
    found: list[Value] = []
    for alt in alternatives(value):
        if type(alt) is not Inst:
            return None
        got = next((v for k, v in alt.fields if k == attr), None)
        if got is None:
            return None
        found.append(got)
    return union(found) if found else None
