"""The project index: module name → lowered module, loaded lazily; functions, classes, MROs.

Only modules the analysis asks for are parsed. Each module's facts come from its file
alone (ModuleIR); what spans modules — MROs, subclasses, module lookup — is computed
here, on demand, and kept small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.reads import Asked, ModuleReads
from wakecheck.model import FileError

if TYPE_CHECKING:
    from wakecheck.analysis.values import Value


class Evaluator(Protocol):
    def module_eval(self, module: str, expr: ir.Expr) -> Value: ...


Loader = Callable[[str], "ir.ModuleIR | FileError"]
# Where a file may write long-lived state or call something, by its text (FileList.candidates).
_MUTATING = rb"(?:append|add|appendleft|insert|extend|update|extendleft|setdefault|clear|pop|remove|sort|discard|popleft|put|put_nowait|set)"
# A store, after the name: `= v`, `[k] = v` (a key that is itself a subscript too: `[ns["slot"]]`), `: T = v`, `+= v`.
_STORE = rb"\s*(?:\[(?:[^\[\]\n]|\[[^\]\n]*\])*\]\s*)?(?::[^=\n]*)?(?:[-+*/%&|^@]|//|<<|>>|\*\*)?=(?!=)"
_ATTR_WRITE = re.compile(rb"\.\s*([A-Za-z_]\w*)\b(?:" + _STORE + rb"|\s*,|\s*\.\s*" + _MUTATING + rb"\s*\()")
_NAME_WRITE = re.compile(rb"(?<![.\w])([A-Za-z_]\w*)\b(?:" + _STORE + rb"|\s*,|\s*\.\s*" + _MUTATING + rb"\s*\()")
_GLOBAL = re.compile(rb"\bglobal[ \t]+([\w \t,]+)")
_CALL = re.compile(rb"(?<!\w)([A-Za-z_]\w*)\b\s*\(|@\s*(?:[\w.]*\.)?([A-Za-z_]\w*)")
_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)|import[ \t]+([A-Za-z_][\w. \t,]*))", re.M)


def _words(text: bytes | None) -> set[bytes]:
    """The writer index keys a file's text may hold (see FileList.candidates); all of them (`a*`,
    `g*`, `c*`, `f*`) for a file that cannot be read, `a*` for one that calls setattr."""
    if text is None:
        return {b"a*", b"g*", b"c*", b"f*"}
    attrs = _ATTR_WRITE.findall(text)
    names = _NAME_WRITE.findall(text)
    found = {b"a" + m for m in attrs}
    found.update(b"g" + m for m in attrs)  # `module.NAME = v`: another module's global
    found.update(b"g" + m for m in names)
    found.update(b"f" + m for m in (*attrs, *names))  # a container filled through it
    for names in _GLOBAL.findall(text):
        found.update(b"g" + n.strip() for n in names.split(b","))
    for call, decorator in _CALL.findall(text):
        found.add(b"c" + (call or decorator))
    if b"setattr" in text:
        found.add(b"a*")
    return found
# What a name is in a class's own body: its method's qualname, its class attributes'
# values, and its `self.name = value` stores as (method qualname, value).
Member = tuple[str | None, tuple[ir.Expr, ...], tuple[tuple[str, ir.Expr], ...]]


class FileList:
    """The project's modules as imports find them: by exact name, or by a unique suffix (other roots).

    With their texts (`text_of`), it also answers which modules make up the *world* of a set
    of top-level names (see `world`): where code that writes long-lived state is searched.
    """

    def __init__(self, modules: dict[str, str], text_of: Callable[[str], bytes | None] | None = None) -> None:
        self.paths = modules  # module name → display path of its file
        self.text_of = text_of
        self._worlds: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, dict[bytes, list[str]]] = {}  # per world: word → the modules whose text has it
        self._suffixes: dict[str, list[str]] = {}
        for name in modules:
            parts = name.split(".")
            for i in range(1, len(parts)):
                self._suffixes.setdefault(".".join(parts[i:]), []).append(name)

    def by_suffix(self, name: str) -> str | None:
        """The one module whose name ends with `.name`, if exactly one does."""
        candidates = self._suffixes.get(name, [])
        return candidates[0] if len(candidates) == 1 else None

    def answers(self, asked: Asked) -> bool:
        """Whether this file list answers every question in `asked` as it was answered then."""
        return (all(self.paths.get(name) == answer for name, answer in asked.exact)
                and all(self.by_suffix(name) == answer for name, answer in asked.suffix)
                and all("\0".join(self.candidates(tuple(roots.split(",")), key)) == answer
                        for (roots, key), answer in asked.writers))

    def candidates(self, roots: tuple[str, ...], key: str) -> tuple[str, ...]:
        """The modules of the world of `roots` whose text may hold a writer of index key `key`
        (`a<attr>`, `g<name>`, `c<name>`, see ModuleIR.writes): a store to an attribute or a
        name of it, or a call of it, read off the text (more modules than hold one, never fewer)."""
        if key.startswith("r"):
            return self._referencing(roots, key[1:])
        if key.startswith("m"):
            return self._mentioning(roots, key[1:])
        table = self._words.get(",".join(roots))
        if table is None:
            table = self._words[",".join(roots)] = {}
            for module in self.world(roots):
                text = self.text_of(module) if self.text_of is not None else None
                for word in _words(text):
                    table.setdefault(word, []).append(module)
        found = set(table.get(key.encode(), ()))
        found.update(table.get(key[:1].encode() + b"*", ()))
        return tuple(sorted(found))

    def _referencing(self, roots: tuple[str, ...], name: str) -> tuple[str, ...]:
        """The modules of the world whose text uses `name` other than to call or define it
        (`Thread(target=self._run)`, `handlers = {"x": self.on_x}`)."""
        needle = re.escape(name.encode())
        # A value where code puts one (after `=`, `(`, `,`, `[`, `{`, `:`, `return`...), or the name
        # as a string (`getattr(self, "name")`); not a mention in a docstring or comment.
        uses = re.compile(rb"(?:[=(,\[{:]|\b(?:return|yield|await|in|else|or|and|lambda))[ \t]*(?:[\w.]+\.)?"
                          + needle + rb"\b(?![ \t]*\()|[\"']" + needle + rb"[\"']")
        return self._matching(roots, name, uses)

    def _mentioning(self, roots: tuple[str, ...], name: str) -> tuple[str, ...]:
        """The modules of the world whose text names `name` at all (as a word)."""
        return self._matching(roots, name, re.compile(rb"\b" + re.escape(name.encode()) + rb"\b"))

    def _matching(self, roots: tuple[str, ...], name: str, pattern: re.Pattern[bytes]) -> tuple[str, ...]:
        """The modules of the world whose text holds `name` where `pattern` finds it (or cannot be read)."""
        found = []
        for module in self.world(roots):
            text = self.text_of(module) if self.text_of is not None else None
            if text is None or (name.encode() in text and pattern.search(text)):
                found.append(module)
        return tuple(found)

    def world(self, roots: tuple[str, ...]) -> tuple[str, ...]:
        """The modules under these top-level names, and every module whose text mentions one
        (which may import them: a `main.py` beside the package that builds its objects)."""
        key = ",".join(roots)
        found = self._worlds.get(key)
        if found is None:
            wanted = set(roots)
            needles = [r.encode() for r in roots]
            picked = []
            for module in sorted(self.paths):
                if module.partition(".")[0] in wanted:
                    picked.append(module)
                    continue
                text = self.text_of(module) if self.text_of is not None else None
                if text is None or any(n in text for n in needles):
                    picked.append(module)
            found = self._worlds[key] = self._with_imported(picked, wanted)
        return found

    def _with_imported(self, picked: list[str], wanted: set[str]) -> tuple[str, ...]:
        """Add the top-level modules and packages the picked ones import, and theirs: importing
        one runs its top-level code (`signal.connect(handler)`, a registry's `@register`)."""
        tops: dict[str, list[str]] = {}
        for module in sorted(self.paths):
            tops.setdefault(module.partition(".")[0], []).append(module)
        chosen = set(picked)
        todo = list(picked)
        while todo:
            text = self.text_of(todo.pop()) if self.text_of is not None else None
            for from_name, names in _IMPORT.findall(text or b""):
                for name in (from_name or names).replace(b"\t", b" ").split(b","):
                    top = name.strip().split(b" ")[0].partition(b".")[0].decode()
                    if top in tops and top not in wanted:
                        wanted.add(top)
                        fresh = [m for m in tops[top] if m not in chosen]
                        chosen.update(fresh)
                        todo.extend(fresh)
        return tuple(m for m in sorted(self.paths) if m in chosen)


class ProjectIndex:
    def __init__(self, modules: dict[str, str] | FileList, loader: Loader) -> None:
        # modules: module name → display path of its file
        self.files = modules if isinstance(modules, FileList) else FileList(dict(modules))
        self.paths = self.files.paths
        self._loader = loader
        self._modules: dict[str, ir.ModuleIR | None] = {}
        self._functions: dict[str, ir.FunctionIR] = {}
        self._classes: dict[str, ir.ClassIR] = {}
        self._bindings: dict[str, dict[str, tuple[ir.Binding, ...]]] = {}
        self._mro: dict[str, list[str]] = {}
        self._subclasses: dict[str, list[str]] = {}
        # Every loaded class under each of its project ancestors; classes loaded since
        # are added when someone next asks (each class is placed once).
        self._descendants: dict[str, set[str]] = {}
        self._unplaced: list[str] = []
        self._methods: dict[str, dict[str, str]] = {}
        self.errors: list[FileError] = []
        # What the analysis looked up, found or not (see `reads`).
        self._read_functions: set[str] = set()
        self._read_classes: set[str] = set()  # all of a class
        self._read_shapes: set[str] = set()  # a class apart from its members (`shape`)
        self._read_method_lists: set[str] = set()  # a class's methods, all of them (`methods`)
        self._read_members: set[tuple[str, str]] = set()  # what one name is in a class (`member`)
        self._read_bindings: set[tuple[str, str]] = set()
        self._members: dict[str, dict[str, Member]] = {}
        # What the analysis asked of the file list, and the answers (see `asked`): the file
        # that is a module, the module an import resolves to by suffix, the modules that may
        # hold a writer.
        self._asked_exact: dict[str, str | None] = {}
        self._asked_suffix: dict[str, str | None] = {}
        self._asked_writers: dict[tuple[str, str], str] = {}
        # The world (see FileList.world): its top-level names, and the writer index over it.
        self.roots: tuple[str, ...] = ()
        self._writers: dict[str, list[str]] = {}
        self._writer_modules: dict[str, tuple[str, ...]] = {}  # writer index key → the modules read for it
        self._module_writes: dict[str, dict[str, tuple[str, ...]]] = {}  # module → its writer index

    # -- the world: where long-lived state may be written ------------------------------------------
    def set_roots(self, roots: Iterable[str]) -> None:
        """The top-level names of the packages the entries are in: the world is theirs (FileList.world)."""
        self.roots = tuple(sorted(set(roots)))
        self._writers = {}
        self._writer_modules = {}

    def writers(self, key: str) -> list[str]:
        """The functions of the world that may write `key` (ModuleIR.writes): `a<attr>`, `g<name>`, `c<name>`.

        Only the modules whose text has the name are read (FileList.candidates), so a file
        added or edited elsewhere changes nothing a unit asked.
        """
        found = self._writers.get(key)
        if found is not None:
            return found
        roots = self.roots or tuple(sorted({m.partition(".")[0] for m in self.paths}))
        modules = self.files.candidates(roots, key)
        self._asked_writers[(",".join(roots), key)] = "\0".join(modules)
        found = []
        for name in modules:
            table = self._module_writes.get(name)
            if table is None:
                module = self.module(name)
                table = self._module_writes[name] = dict(module.writes) if module is not None else {}
            found.extend(table.get(key, ()))
        self._writers[key] = found
        self._writer_modules[key] = modules
        return found

    def referenced(self, name: str) -> tuple[str, ...]:
        """The modules that may hand `name` on uncalled (a callback), as FileList._referencing finds them."""
        roots = self.roots or tuple(sorted({m.partition(".")[0] for m in self.paths}))
        modules = self.files.candidates(roots, "r" + name)
        self._asked_writers[(",".join(roots), "r" + name)] = "\0".join(modules)
        return modules

    def readers(self, name: str, calls: bool = False) -> list[str]:
        """Functions that read `name` (a name or an attribute) other than to call it (with `calls`,
        to call it too): what a table stored under that name holds, they may hand out or call."""
        roots = self.roots or tuple(sorted({m.partition(".")[0] for m in self.paths}))
        modules = self.files.candidates(roots, "m" + name)
        self._asked_writers[(",".join(roots), "m" + name)] = "\0".join(modules)
        found: list[str] = []
        for module_name in modules:
            module = self.module(module_name)
            found += [other.qualname for other in (module.functions if module is not None else ())
                      if _hands_on(other, name, calls)]
        return found

    def handers(self, qualname: str, name: str | None = None) -> list[str]:
        """Functions that hand the function `qualname` on uncalled (`app.on_startup.append(wire)`,
        `register(handler)`): run, they may call it through the project code they hand it to.
        With `name`: those that hand on what that name is (a class: `kind = Amalgam; kind(box)`)."""
        fn = self.function(qualname)
        if fn is None:
            return []
        name = name or fn.name
        found: list[str] = []
        for module_name in self.referenced(name):
            module = self.module(module_name)
            for other in module.functions if module is not None else ():
                if other.qualname != qualname and _hands_on(other, name):
                    found.append(other.qualname)
        return found

    def callers(self, qualname: str, evaluator: Evaluator) -> list[str]:
        """Functions of the world that may call `qualname`: by its name (a nested function's: the
        function around it, which hands it out), a constructor's by its class's and subclasses' names."""
        fn = self.function(qualname)
        if fn is None:
            return []
        names = {fn.name}
        outer = qualname.rpartition(".")[0]
        while self.function(outer) is not None:
            names = {outer.rpartition(".")[2]}
            outer = outer.rpartition(".")[0]
        found: list[str] = []
        if fn.name == "__init__" and fn.class_qualname is not None:
            classes = [fn.class_qualname, *self.subclasses(fn.class_qualname, evaluator)]
            names = {c.rpartition(".")[2] for c in classes}
            # Alternate constructors: `cls(...)` in a classmethod of the class, of a base or of a subclass.
            for klass in dict.fromkeys(k for c in classes for k in self.mro(c, evaluator)):
                for method in self.methods(klass).values():
                    made = self.function(method)
                    if made is not None and made.kind is ir.FuncKind.CLASSMETHOD and made.params and \
                            method not in found and method in self.writers("c" + made.params[0].name):
                        found.append(method)
        if f"{fn.name}.setter" in fn.decorators:
            # A property's setter runs where the attribute is stored (`obj.brine = True`).
            for caller in self.writers("a" + fn.name):
                if caller != qualname and caller not in found:
                    found.append(caller)
        for name in sorted(names):
            for caller in self.writers("c" + name):
                if caller != qualname and caller not in found:
                    found.append(caller)
        return found

    # -- modules ---------------------------------------------------------------------------------
    def module(self, name: str) -> ir.ModuleIR | None:
        if name in self._modules:
            return self._modules[name]
        if name not in self.paths:
            self._asked_exact[name] = None
            return None
        loaded = self._loader(name)
        if isinstance(loaded, FileError):
            self.errors.append(loaded)
            self._modules[name] = None
            return None
        self._modules[name] = loaded
        # A name two modules define (a class `b` with a method `f` in module `a`, a function
        # `f` in module `a.b`) is the first loaded one's: what it means depends only on what
        # was read before, never on modules loaded later.
        for fn in loaded.functions:
            self._functions.setdefault(fn.qualname, fn)
        for cls in loaded.classes:
            if self._classes.setdefault(cls.qualname, cls) is cls:
                self._unplaced.append(cls.qualname)
        self._bindings[name] = dict(loaded.globals)
        if loaded.classes:
            self._subclasses.clear()  # a new module may add subclasses
        return loaded

    @property
    def generation(self) -> int:
        """Grows whenever classes are loaded: what depends on the set of classes is stale."""
        return len(self._classes)

    def reads(self) -> dict[str, ModuleReads]:
        """What the analysis read of each module it asked for (see ModuleReads).

        Each part is listed whether found or not, under the module that holds it or would;
        a writer index key under each module whose text may hold such a writer.
        Beyond these the analysis reads only the file list (`asked`), whether a module
        lowers, and which classes each loaded module defines (subclasses, generations):
        the analysis is a function of them, so an edit that leaves them unchanged leaves it too.
        """
        functions: dict[str, set[str]] = {name: set() for name in self._modules}
        classes: dict[str, set[str]] = {name: set() for name in self._modules}
        shapes: dict[str, set[str]] = {name: set() for name in self._modules}
        method_lists: dict[str, set[str]] = {name: set() for name in self._modules}
        members: dict[str, set[tuple[str, str]]] = {name: set() for name in self._modules}
        bindings: dict[str, set[str]] = {name: set() for name in self._modules}
        for qualname in self._read_functions:
            owner = self._holder(self._functions.get(qualname), qualname)
            if owner in functions:
                functions[owner].add(qualname)
        for table, names in ((classes, self._read_classes), (shapes, self._read_shapes),
                             (method_lists, self._read_method_lists)):
            for qualname in names:
                owner = self._holder(self._classes.get(qualname), qualname)
                if owner in table:
                    table[owner].add(qualname)
        for qualname, name in self._read_members:
            owner = self._holder(self._classes.get(qualname), qualname)
            if owner in members:
                members[owner].add((qualname, name))
        for module, name in self._read_bindings:
            if module in bindings:  # not a project module: the file list says so
                bindings[module].add(name)
        writes: dict[str, set[str]] = {name: set() for name in self._modules}
        for key, modules in self._writer_modules.items():
            for module in modules:
                if module in writes:
                    writes[module].add(key)
        return {module: ModuleReads(tuple(sorted(functions[module])), tuple(sorted(classes[module])),
                                    tuple(sorted(shapes[module])), tuple(sorted(method_lists[module])),
                                    tuple(sorted(members[module])), tuple(sorted(bindings[module])),
                                    tuple(sorted(writes[module])))
                for module in self._modules}

    def _holder(self, hit: ir.FunctionIR | ir.ClassIR | None, qualname: str) -> str:
        """The module a definition is in, or would be in."""
        return hit.module if hit is not None else self._owner_name(qualname) or ""

    def asked(self) -> Asked:
        """What the analysis asked of the file list, each question with its answer.

        Any file list that answers every question alike gives the same analysis, given
        the same modules read (`reads`): a file added or removed elsewhere changes nothing.
        """
        return Asked(tuple(sorted(self._asked_exact.items())), tuple(sorted(self._asked_suffix.items())),
                     tuple(sorted(self._asked_writers.items())))

    def loaded(self) -> Iterable[ir.ModuleIR]:
        return [m for m in self._modules.values() if m is not None]

    def resolve_module(self, name: str) -> str | None:
        """The project module an import names, trying a unique suffix match for other roots."""
        display = self._asked_exact[name] = self.paths.get(name)
        if display is not None:
            return name
        self._asked_suffix[name] = found = self.files.by_suffix(name)
        return found

    def path_of(self, module: str) -> str:
        display = self._asked_exact[module] = self.paths.get(module)
        return display if display is not None else module

    def bindings(self, module: str, name: str) -> tuple[ir.Binding, ...]:
        self._read_bindings.add((module, name))
        if module not in self._bindings and self.module(module) is None:
            return ()
        return self._bindings.get(module, {}).get(name, ())

    # -- definitions -------------------------------------------------------------------------------
    def _owner_name(self, qualname: str) -> str | None:
        """The project module a definition named `qualname` would be in: its longest module prefix."""
        parts = qualname.split(".")
        for i in range(len(parts) - 1, 0, -1):
            candidate = ".".join(parts[:i])
            display = self._asked_exact[candidate] = self.paths.get(candidate)
            if display is not None:
                return candidate
        return None

    def _owner_module(self, qualname: str) -> None:
        owner = self._owner_name(qualname)
        if owner is not None:
            self.module(owner)

    def function(self, qualname: str) -> ir.FunctionIR | None:
        self._read_functions.add(qualname)
        fn = self._functions.get(qualname)
        if fn is None:
            self._owner_module(qualname)
            fn = self._functions.get(qualname)
        return fn

    def cls(self, qualname: str) -> ir.ClassIR | None:
        """A class, all of it: what the analysis reads this way, every part of it counts."""
        self._read_classes.add(qualname)
        return self._class(qualname)

    def shape(self, qualname: str) -> ir.ClassIR | None:
        """A class for its module, bases, fields and decorators only (`member`, `methods` for the rest)."""
        self._read_shapes.add(qualname)
        return self._class(qualname)

    def _class(self, qualname: str) -> ir.ClassIR | None:
        info = self._classes.get(qualname)
        if info is None:
            self._owner_module(qualname)
            info = self._classes.get(qualname)
        return info

    def methods(self, qualname: str) -> dict[str, str]:
        """A class's own methods, all of them: name → function qualname (empty if not a project class)."""
        self._read_method_lists.add(qualname)
        found = self._methods.get(qualname)
        if found is None:
            info = self._class(qualname)
            found = self._methods[qualname] = dict(info.methods) if info is not None else {}
        return found

    def member(self, qualname: str, name: str) -> Member:
        """What `name` is in a class's own body (Member); all empty if nothing, or no such class."""
        self._read_members.add((qualname, name))
        table = self._members.get(qualname)
        if table is None:
            table = self._members[qualname] = {}
            info = self._class(qualname)
            if info is not None:
                methods = dict(info.methods)
                attrs: dict[str, list[ir.Expr]] = {}
                stores: dict[str, list[tuple[str, ir.Expr]]] = {}
                for attr, value in info.class_attrs:
                    attrs.setdefault(attr, []).append(value)
                for attr, method, value in info.self_attrs:
                    stores.setdefault(attr, []).append((method, value))
                for each in {*methods, *attrs, *stores}:
                    table[each] = (methods.get(each), tuple(attrs.get(each, ())), tuple(stores.get(each, ())))
        return table.get(name, (None, (), ()))

    def mro(self, qualname: str, evaluator: Evaluator) -> list[str]:
        """Linearised project bases, most derived first (depth-first, duplicates kept last, like C3)."""
        cached = self._mro.get(qualname)
        if cached is not None:
            return cached
        self._mro[qualname] = [qualname]  # cycles in bad code end here
        info = self.shape(qualname)
        order = [qualname]
        if info is not None:
            from wakecheck.analysis.values import ClassRef, alternatives

            for base in info.bases:
                for alt in alternatives(evaluator.module_eval(info.module, base)):
                    if isinstance(alt, ClassRef) and alt.qualname != qualname:
                        order.extend(self.mro(alt.qualname, evaluator))
        seen: set[str] = set()
        linear = []
        for name in reversed(order):
            if name not in seen:
                seen.add(name)
                linear.append(name)
        result = list(reversed(linear))
        self._mro[qualname] = result
        return result

    def classes_named(self, name: str) -> list[str]:
        """The project's classes called `name`, wherever they are defined (modules whose text defines
        one are loaded; a Wrangler file names a class by its name alone)."""
        needle = re.compile(rb"\bclass\s+" + re.escape(name.encode()) + rb"\b")
        found: list[str] = []
        for module in sorted(self.paths):
            text = self.files.text_of(module) if self.files.text_of is not None else None
            if text is None or needle.search(text) is None:
                continue
            lowered = self.module(module)
            if lowered is not None:
                found.extend(cls.qualname for cls in lowered.classes if cls.name == name)
        return found

    def loaded_classes(self) -> list[str]:
        """The classes of the modules loaded so far."""
        return sorted(self._classes)

    def subclasses(self, qualname: str, evaluator: Evaluator) -> list[str]:
        """Loaded classes deriving from `qualname` (for `self.m()` on a non-exact receiver)."""
        while self._unplaced:
            name = self._unplaced.pop()
            for ancestor in self.mro(name, evaluator)[1:]:  # may load modules: more to place
                self._descendants.setdefault(ancestor, set()).add(name)
        cached = self._subclasses.get(qualname)
        if cached is None:
            cached = self._subclasses[qualname] = sorted(self._descendants.get(qualname, set()) - {qualname})
        return cached


def stored_slots(fn: ir.FunctionIR, name: str) -> set[str] | None:
    """The attributes (and, at a module's top level, the globals) into which `fn` stores a value
    naming `name` uncalled (`self.handlers = {Stage.OPEN: self._open}`, `HANDLERS = {Cut: cut}`);
    None when it hands `name` on any other way (passes it, returns it, keeps it in a local)."""
    from wakecheck.analysis.writes import BODY_NAME, block_exprs, leaf_targets

    slots: set[str] = set()
    for block in fn.blocks:
        stored: set[int] = set()
        for op in block.ops:
            if not isinstance(op, ir.Assign) or not _names(op.value, name):
                continue
            if _imports(op, name):
                stored.add(id(op.value))
                continue
            for leaf in (leaf for target in op.targets for leaf in leaf_targets(target)):
                if isinstance(leaf, ir.AttrT):
                    slots.add(leaf.attr)
                elif isinstance(leaf, ir.NameT) and fn.name == BODY_NAME:
                    slots.add(leaf.id)
                else:
                    return None
            stored.add(id(op.value))
        if any(id(expr) not in stored and _names(expr, name) for expr in block_exprs(block)):
            return None
    return slots


def _names(expr: ir.Expr, name: str, calls: bool = False) -> bool:
    """Whether `expr` reads `name` (a name or an attribute) other than to call it (or at all, `calls`)."""
    from wakecheck.analysis.writes import subexpressions

    called: set[int] = set()
    for node in subexpressions(expr):
        if isinstance(node, ir.Call) and not calls:
            called.add(id(node.func))
        elif id(node) not in called and _is_named(node, name):
            return True
    return False


def _is_named(node: ir.Expr, name: str) -> bool:
    return isinstance(node, ir.Name) and node.id == name or isinstance(node, ir.Attr) and node.attr == name


def _imports(op: ir.Assign, name: str) -> bool:
    """`from m import name`: it binds the name and hands nothing on (an alias may: it is kept)."""
    return isinstance(op.value, ir.Attr) and isinstance(op.value.base, ir.ModuleRef) and op.value.attr == name \
        and [getattr(t, "id", None) for t in op.targets] == [name]


def passes_to_call(fn: ir.FunctionIR, name: str) -> bool:
    """Whether `fn` passes `name` (a name or an attribute) as an argument of a call: code it cannot
    see may then call it at any time (`signal.signal(SIGTERM, on_term)`)."""
    from wakecheck.analysis.writes import block_exprs, subexpressions

    for block in fn.blocks:
        for expr in block_exprs(block):
            for node in subexpressions(expr):
                if isinstance(node, ir.Call) and any(_is_named(a.value, name) for a in node.args):
                    return True
    return False


def _hands_on(fn: ir.FunctionIR, name: str, calls: bool = False) -> bool:
    """Whether `fn` reads `name` (a name or an attribute) other than to call it (or at all, `calls`)."""
    from wakecheck.analysis.writes import block_exprs

    for block in fn.blocks:
        imports = {id(op.value) for op in block.ops if isinstance(op, ir.Assign) and _imports(op, name)}
        if any(id(expr) not in imports and _names(expr, name, calls) for expr in block_exprs(block)):
            return True
    return False
