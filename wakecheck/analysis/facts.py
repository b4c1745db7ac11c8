"""Long-lived state: what module globals and attributes may hold when a tick starts.

A tick reads values other code wrote before it ran: `__init__`, start-up code that
builds the objects and opens pools, decorators run at import time, request handlers,
earlier ticks. At the start of a tick, a location (an attribute of a project class's
instances, a module global, an attribute of a library object known by its name) may
hold any value stored to it anywhere: the join of every store the analysis has seen
(PyCG's view), which the tick's own stores then refine along the path (Inst.fields).

Where the stores are: wherever the analysis runs, it records each store here. Code
the loop never runs is found when a location is first read: every function of the
*world* (the entries' packages, and the modules that mention them) that stores to
that attribute or global name is analysed once as a *writer*, with its parameters
unknown. A value stored from a parameter sends the search on to that function's
callers (the construction of a class for `__init__`), a few levels up, so that
`Poller(Repo(pool))` in `main()` fills `Poller.repo` and `Repo.pool`.

What it does not follow: a value stored only when a rare predicate holds counts as
stored on every tick; a location with more than `_WRITERS` writers, or a writer with
more than `_CALLERS` callers, is followed that far and no further (its reads say so,
as a loss); stores through `setattr` with a computed name and through `__dict__`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.index import passes_to_call, stored_slots
from wakecheck.analysis.writes import BODY_NAME
from wakecheck.analysis.values import (
    BOTTOM, NEW, PARAM, AllocLoc, Bool, Bottom, CellLoc, ClassRef, Clock, Const, Dict, Empty, EnumMember, Ext, FlagSet,
    ExtLoc, FieldLoc, Func, Gen, Getter, GlobalLoc, Handle, HandleMethod, Inst, ItemLoc, Loc, ModuleVal, NewLoc, Seq,
    Tup, Union, Unknown, Value, UNKNOWN_OBJECT, alternatives, join, lost, union,
)

if TYPE_CHECKING:
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.reach import Summary

_WRITERS = 16  # writers of one attribute or global name analysed
_ALIASES = 8  # the other names of one empty list whose writers a read of it runs
_CALLERS = 8  # callers of one writer analysed
_CALLER_DEPTH = 3  # how far up from a writer its callers are searched
_DEFER_CALLERS = 2  # callers of a caller that run it in its stead (Facts._defer), at most
DISPATCHERS = frozenset({"singledispatch", "singledispatchmethod"})  # functools' generic functions
_ENTRY_DEPTH = 3  # callers followed to tell that a writer runs only inside the entries' ticks
_BUDGET = 400  # writers and callers analysed by one interpreter, at most
_CUT = "a value stored by more code than the analysis follows"
_STATE_TEXT = 64  # longer strings stored are data (a message, a path), let go of
_SUBCLASS_MODULES = 200  # modules searched for the subclasses whose creation runs an `__init_subclass__`


class Facts:
    """The values stored to each long-lived location, joined, and the writers run so far."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp
        self.values: dict[Loc, Value] = {}
        self.allocs: dict[str, set[str]] = {}  # class → the places objects of it were made and stored to
        self.read_classes: set[str] = set()  # classes whose objects of any allocation were read
        # The summaries under analysis, innermost last (both interpreters): a read is theirs.
        self.stack: list[Summary] = []
        self.grown: set[object] = set()  # read this round, then grown by something telling (see store)
        self.attrs: set[str] = set()  # attribute names some FieldLoc or ExtLoc has a value for
        # A container's location → the keys of its items stored apart (their repr → the key).
        self.item_keys: dict[Loc, dict[str, object]] = {}
        self.read: set[Loc] = set()  # read since the round began
        self.version = 0  # grows whenever a value does (memos of globals depend on it)
        self.cells = False  # some closure rebinds an enclosing function's local (CellLoc)
        self._searched: set[tuple[str, tuple[str, ...], tuple[str, ...], str | None]] = set()  # searches run
        self._writers_done: set[str] = set()
        self._cut: set[str] = set()  # index keys with more writers than were run
        self._callers_done: set[str] = set()
        self._writer_summaries: dict[str, Summary] = {}  # each writer run, and its summary
        # Functions whose callers were searched: some were found and analysed (their
        # arguments are the parameters' values), or none (the framework calls it: its
        # parameters are the framework's values, like an entry's).
        self.covered: set[str] = set()
        self.framework: set[str] = set()
        self.too_many_callers: set[str] = set()  # their parameters are lost: callers past _CALLERS
        # Function → the method names it calls on a value not known (`value.install(cls)`): a
        # caller found by such a name may pass what no analysed call shows.
        self.blind: dict[str, set[str]] = {}
        self._in_entries: dict[str, bool] = {}  # see _runs_in_entries
        self._deferred: set[str] = set()  # callers run by their own callers (see _defer)
        self.handed_on: set[str] = set()  # functions called by no name, whose handers were run as callers
        # The reasons of rare paths that stored long-lived state or returned a value: what they left,
        # later code may read as if every tick had it (entries.py, _after_rare_ticks).
        self.rare_leaks: set[str] = set()
        self._spent = 0  # writers and callers analysed so far (at most _BUDGET)
        self._wanted: dict[str, int] = {}  # functions stored from a parameter → depth of the search
        # Writers run by Python itself, by key: `pkg.Base.__init_subclass__<pkg.Sub>` → (the hook, its `cls`).
        self.implicit: dict[str, tuple[str, str]] = {}
        self._running = 0
        # Names of attributes and globals filled through a value the analysis lost (`x.pending.append`
        # where `x.pending` is not known): any list kept under such a name may hold something.
        self.lost_fills: set[str] = set()
        self._fills_read: set[str] = set()
        # A new list or dict → the locations it was stored to, with the class of the object there:
        # what fills it under any of those names fills it under the others.
        self.aliases: dict[NewLoc, set[tuple[Loc, str | None]]] = {}
        # Lists filled only with a parameter of the function that fills them (`add(p)`:
        # `_pending.append(p)`), by those functions; and locations given anything else.
        self._param_filled: dict[Loc, set[str]] = {}
        self._filled: set[Loc] = set()

    # -- rounds ----------------------------------------------------------------------------------
    @property
    def stale(self) -> bool:
        """Whether a location read this round has grown since by something that can change a verdict."""
        return bool(self.grown)

    def new_round(self) -> list[str]:
        """Start analysing the entries again, with every value found so far: the writers that read
        what grew run again (the caller drops their summaries first); returns them."""
        rerun = sorted(w for w, s in self._writer_summaries.items() if s.dropped)
        self.read.clear()
        self.read_classes.clear()
        self._fills_read.clear()
        self.grown.clear()
        for writer in rerun:
            del self._writer_summaries[writer]
            self._writers_done.discard(writer)
        return rerun

    def note_read(self, what: object) -> None:
        """A read of long-lived state (a location, or every object of a class): the summary under
        analysis depends on it."""
        if self.stack:
            self.stack[-1].reads.add(what)

    def note_writer(self, qualname: str, summary: Summary) -> None:
        self._writer_summaries[qualname] = summary

    def partial(self, module: str, name: str) -> Value:
        """A global read while its value is still being worked out (a writer of it reads it):
        what is known of it so far, and a read that makes the round run again if it grows."""
        loc = GlobalLoc(module, name)
        self.read.add(loc)
        self.note_read(loc)
        return self.values.get(loc, BOTTOM)

    # -- reads -------------------------------------------------------------------------------------
    def field(self, classes: tuple[str, ...], attr: str, alloc: str | None) -> Value:
        """What `attr` may hold on instances of these classes (or on the classes themselves): on
        the objects made at `alloc`, or, None, on any; and what was stored where the object
        stored to was not known (`self` in `__init__` run with no caller known)."""
        self.search("a" + attr, tuple(c + "." for c in classes), tuple(sorted({c.rpartition(".")[2] for c in classes})))
        locs: list[Loc] = [FieldLoc(cls, attr) for cls in classes]
        if alloc is not None:
            locs.append(AllocLoc(alloc, attr))
        else:
            for cls in classes:
                locs.extend(AllocLoc(made, attr) for made in sorted(self.allocs.get(cls, ())))
        out: Value = BOTTOM
        for loc in locs:
            self.read.add(loc)
            self.note_read(loc)
            found = self.values.get(loc)
            if found is not None:
                out = join(out, self._at(loc, found))
        if alloc is None:
            self.read_classes.update(classes)
            for cls in classes:
                self.note_read(("allocs", cls))
        return self._maybe_cut("a" + attr, out)

    def global_(self, module: str, name: str) -> Value:
        self.search("g" + name, (module + ".",), imported_from=module)
        loc = GlobalLoc(module, name)
        self.read.add(loc)
        self.note_read(loc)
        found = self.values.get(loc)
        out = BOTTOM if found is None else self._at(loc, found)
        return self._maybe_cut("g" + name, out)

    def unknown_object(self, attr: str) -> Value:
        """What the project stored under `attr` on objects it does not know (see Members.store)."""
        loc = UNKNOWN_OBJECT(attr)
        self.read.add(loc)
        self.note_read(loc)
        found = self.values.get(loc)
        return BOTTOM if found is None else self._at(loc, found)

    def external(self, base: str, attr: str) -> Value:
        self.search("a" + attr)
        loc = ExtLoc(base, attr)
        self.read.add(loc)
        self.note_read(loc)
        found = self.values.get(loc)
        return BOTTOM if found is None else self._at(loc, found)

    def cell(self, owner: str, name: str) -> Value | None:
        """What the functions nested in `owner` stored to its local `name` (`nonlocal`), or None."""
        loc = CellLoc(owner, name)
        self.read.add(loc)
        self.note_read(loc)
        return self.values.get(loc)

    def _at(self, loc: Loc, value: Value) -> Value:
        """A value read from `loc`: a list or dict in it lives there (what is added to it goes
        there too), and one that also lives elsewhere holds what was added there. A parameter
        of a function whose callers were analysed is what they passed, so it is left out."""
        if self.covered:
            value = self._strip(value, 0)
        alts = alternatives(value)
        if not any(type(a) is Seq or type(a) is Dict for a in alts):
            return value
        items = self.values.get(ItemLoc(loc)) if not isinstance(loc, ItemLoc) else None
        keyed = {key: self.values[ItemLoc(loc, text)] for text, key in sorted(self.item_keys.get(loc, {}).items())} \
            if not isinstance(loc, ItemLoc) else {}
        if self.covered:
            items = self._strip_items(items) if items is not None else None
            keyed = {key: self._strip_items(x) for key, x in keyed.items()}
        out: list[Value] = []
        for alt in alts:
            if type(alt) is Seq or type(alt) is Dict:
                alt = self._with_homes(alt, loc)
                if items is not None:
                    alt = _with_items(alt, items)
                if keyed and type(alt) is Dict:
                    alt = _with_keyed_items(alt, keyed)
                if type(alt) is Dict:
                    alt = self._with_grown_entries(alt)
                # A tuple (no home: nothing fills it in place) stays as it was made.
                if type(alt) is Seq and alt.must_empty and not alt.empty_why and alt.home and \
                        not self._filled_in_project(loc):
                    alt = Seq(alt.elem, True, False, frozenset(), alt.home)
                elif type(alt) is Dict and not alt.entries and type(alt.rest) is Bottom and \
                        not self._filled_in_project(loc):
                    alt = Dict((), Unknown(), alt.home)  # an empty dict nothing here fills: filled elsewhere
                elif type(alt) is Seq and not alt.must_empty and not alt.empty_why and self.covered and \
                        self._only_callers_fill(loc, alt):
                    alt = Seq(BOTTOM, True, True, frozenset(), alt.home)
                alt = _housed(alt, loc)
            out.append(alt)
        return union(out)

    def _with_grown_entries(self, d: Dict) -> Dict:
        """A dict's lists (`{"rush": []}`) as they are now: what was added to one where it lives
        (`self.orders["rush"].append(x)` grows the list made with the dict) is in it."""
        # A list made at one place for every key (`setdefault(topic, [])`) is kept by key apart
        # (ItemLoc): only a home that one key alone has is that key's list.
        seen: dict[Loc, int] = {}
        for _, v in (*d.entries, (None, d.rest)):
            for alt in alternatives(v):
                if type(alt) is Seq or type(alt) is Dict:
                    for home in alt.home:
                        seen[home] = seen.get(home, 0) + 1

        def grown(value: Value) -> Value:
            out: list[Value] = []
            for alt in alternatives(value):
                if type(alt) is Seq or type(alt) is Dict:
                    for home in sorted((h for h in alt.home if seen[h] == 1), key=repr):
                        self.read.add(home)  # what is added there later must bring this read back
                        self.note_read(home)
                        extra = self.values.get(home)
                        if extra is not None:
                            alt = _merge_contents(alt, extra)
                out.append(alt)
            return union(out) if out else value

        entries = tuple((key, grown(v)) for key, v in d.entries)
        rest = grown(d.rest)
        if rest is d.rest and all(a is b for (_, a), (_, b) in zip(entries, d.entries)):
            return d
        return Dict(entries, rest, d.home)

    def _note_fill(self, loc: Loc, kept: Value) -> None:
        for alt in alternatives(kept):
            if type(alt) is Seq:
                if alt.must_empty:
                    continue
                owners = {param_owner(e.why) if type(e) is Unknown else "" for e in alternatives(alt.elem)}
                if "" not in owners and type(alt.elem) is not Bottom:
                    self._param_filled.setdefault(loc, set()).update(owners)
                    continue
            if loc not in self._filled:
                self._filled.add(loc)
                if loc in self.read:
                    self.grown.add(loc)  # it may have joined into what was there without changing it
            return

    def _only_callers_fill(self, loc: Loc, alt: Seq) -> bool:
        """Whether all that fills this list is a parameter of functions whose callers were
        analysed: their calls fill it with what they pass, where they run (never, when they run
        only on ruled-out paths)."""
        places = {loc, *alt.home}
        if any(p in self._filled for p in places):
            return False
        owners: set[str] = set()
        for p in places:
            owners |= self._param_filled.get(p, set())
        return bool(owners) and owners <= self.covered

    def _search_aliases(self, made: NewLoc, read: Loc) -> None:
        """Run the writers of every other location the list made at `made` was stored to: what they
        add reaches it under this name too (`Drain(self.backlog)`, whose handler appends to its own)."""
        for alias, cls in sorted(self.aliases.get(made, ()), key=repr)[:_ALIASES]:
            if alias == read:
                continue
            match alias:
                case FieldLoc():
                    self.search("a" + alias.attr, (alias.cls + ".",), (alias.cls.rpartition(".")[2],))
                case AllocLoc() if cls is not None:
                    self.search("a" + alias.attr, (cls + ".",), (cls.rpartition(".")[2],))
                case GlobalLoc():
                    self.search("g" + alias.name, (alias.module + ".",), imported_from=alias.module)
                case _:
                    pass

    def _filled_in_project(self, loc: Loc) -> bool:
        """Whether some code of the project fills a list kept under this name (`x.pending.append`,
        `x.pending[i] = v`, `x.pending += more`): then what fills it is seen, and an empty list that
        only ruled-out paths fill stays empty. A list nothing here fills is filled elsewhere (a
        framework, a caller outside the project): it may hold something."""
        base = loc.base if isinstance(loc, ItemLoc) else loc
        name = base.name if isinstance(base, (GlobalLoc, CellLoc)) else getattr(base, "attr", None)
        if name is None:
            return False
        self._fills_read.add(name)
        self.note_read(("fills", name))
        return name not in self.lost_fills and bool(self.interp.index.writers("f" + name))

    def fill_lost(self, name: str) -> None:
        """A container kept under `name` was filled through a value the analysis lost."""
        if name in self.lost_fills:
            return
        self.lost_fills.add(name)
        self.version += 1
        if name in self._fills_read:
            self.grown.add(("fills", name))

    def _strip_items(self, value: Value) -> Value:
        """Items of a container (lists held in a dict) without the parameters of functions whose callers
        were analysed: a list that held only such parameters is no item at all (the callers' are)."""
        out: list[Value] = []
        for alt in alternatives(value):
            if type(alt) is Seq:
                elem = self._strip(alt.elem, 0)
                if type(elem) is Bottom and type(alt.elem) is not Bottom:
                    continue
                alt = Seq(elem, alt.may_empty, alt.must_empty, alt.empty_why, alt.home)
            out.append(self._strip(alt, 0))
        return union(out) if out else BOTTOM

    def _strip(self, value: Value, depth: int) -> Value:
        """`value` without the parameters of functions whose callers were analysed (inside containers too)."""
        if depth > 4:
            return value
        alts = alternatives(value)
        out: list[Value] = []
        changed = dropped = False
        for alt in alts:
            match alt:
                case Unknown() if param_owner(alt.why) in self.covered:
                    changed = dropped = True
                    continue
                case Seq():
                    elem: Value
                    if alt.home and all(type(e) is Unknown and param_owner(e.why) in self.covered
                                        for e in alternatives(alt.elem)):
                        elem = BOTTOM  # what the callers passed was added where it lives, and is read with it
                    else:
                        elem = self._strip(alt.elem, depth + 1)
                    if elem is not alt.elem:
                        alt = Seq(elem, alt.may_empty, alt.must_empty, alt.empty_why, alt.home)
                        changed = True
                case Dict():
                    rest = self._strip(alt.rest, depth + 1)
                    entries = tuple((k, self._strip(v, depth + 1)) for k, v in alt.entries)
                    if rest is not alt.rest or any(a is not b for (_, a), (_, b) in zip(entries, alt.entries)):
                        alt = Dict(entries, rest, alt.home)
                        changed = True
                case Tup():
                    items = tuple(self._strip(i, depth + 1) for i in alt.items)
                    if any(a is not b for a, b in zip(items, alt.items)):
                        alt = Tup(items)
                        changed = True
                case Func() if alt.partial or alt.closure:
                    # `partial(f, x)` or a closure made where `x` was a parameter: what the callers passed
                    args = tuple(self._strip(i, depth + 1) for i in alt.partial)
                    cells = tuple((n, self._strip(v, depth + 1)) for n, v in alt.closure)
                    if any(a is not b for a, b in zip(args, alt.partial)) or \
                            any(a is not b for (_, a), (_, b) in zip(cells, alt.closure)):
                        alt = Func(alt.qualname, alt.bound, cells, args)
                        changed = True
                case _:
                    pass
            out.append(alt)
        if dropped and depth and not out:
            out.append(Unknown())  # inside a container: something is there, known where it was passed
        return union(out) if changed else value

    def _maybe_cut(self, key: str, value: Value) -> Value:
        return join(value, lost(_CUT)) if key in self._cut else value

    # -- stores ------------------------------------------------------------------------------------
    def store(self, loc: Loc, value: Value, cls: str | None = None) -> None:
        """`value` was stored to `loc` by code the analysis ran (it joins what is known); `cls` is
        the class of the object an AllocLoc's allocation makes."""
        if cls is not None and isinstance(loc, AllocLoc):
            made = self.allocs.setdefault(cls, set())
            if loc.alloc not in made:
                made.add(loc.alloc)
                if cls in self.read_classes:
                    self.grown.add(("allocs", cls))  # a read of any object of the class did not see this one
        kept = loosen(value)
        self._note_fill(loc, kept)
        for alt in alternatives(kept):
            if type(alt) is Seq or type(alt) is Dict:
                for home in alt.home:
                    if type(home) is NewLoc and home != loc:
                        known = self.aliases.setdefault(home, set())
                        if (loc, cls) not in known:
                            known.add((loc, cls))
                            if home in self.read:
                                self.grown.add(home)  # a read of it did not search this name's writers
        for why in _param_whys(kept):
            self._want_callers(why)
        if isinstance(loc, ItemLoc) and loc.key:
            self.item_keys.setdefault(loc.base, {})[loc.key] = loc.key_value
        old = self.values.get(loc, BOTTOM)
        new = join(old, kept)
        if _holds_param(old) or _holds_param(kept):
            # A parameter's unknown is left out once its callers are analysed (Facts._strip): it must
            # not swallow what they store beside it (`_name = name` alone, `start("rink")` by a caller).
            new = union([old, kept])
        if new is old or new == old:
            return
        self.values[loc] = new
        self.version += 1
        if isinstance(loc, (FieldLoc, ExtLoc, AllocLoc)):
            self.attrs.add(loc.attr)
        if loc in self.read and _telling(new) != _telling(old):
            self.grown.add(loc)

    def as_left(self, value: Value) -> Value:
        """`value` as other code may have left it: an object's attributes read from what was stored
        on it, a list or dict with what was added where it lives."""
        out: list[Value] = []
        for alt in alternatives(value):
            if type(alt) is Inst and alt.fields:
                alt = Inst(alt.cls, alt.exact, (), alt.alloc)
            elif type(alt) is Seq or type(alt) is Dict:
                alt = self._with_homes(alt)
            out.append(alt)
        return union(out)

    def _with_homes(self, alt: Seq | Dict, loc: Loc | None = None) -> Value:
        """A list or dict with what was added where else it lives (its homes but `loc`)."""
        out: Value = alt
        for other in sorted(alt.home - {loc}, key=repr):
            if loc is not None and type(other) is NewLoc and type(alt) is Seq and alt.must_empty:
                self._search_aliases(other, loc)  # only an empty one: the search costs writers
            self.read.add(other)  # what is added there later must bring this read back
            self.note_read(other)
            extra = self.values.get(other)
            if extra is not None and self.covered:
                extra = self._strip(extra, 0)
            if extra is not None:
                out = _merge_contents(out, extra)
        return out

    def store_in_homes(self, container: Value, added: Value) -> None:
        """What was added to a list or dict (`added`, a container itself) goes wherever it lives."""
        for alt in alternatives(container):
            if type(alt) is Seq or type(alt) is Dict:
                for home in sorted(alt.home, key=repr):
                    self.store(home, added)

    def _want_callers(self, why: str) -> None:
        # "parameter `x` of `pkg.f`": pkg.f's callers may tell what x is.
        self.want_callers(param_owner(why))

    def want_callers(self, qualname: str) -> None:
        if qualname and qualname not in self._callers_done:
            self._wanted.setdefault(qualname, 0)

    # -- writers -----------------------------------------------------------------------------------
    def search(self, key: str, near: tuple[str, ...] = (), mentions: tuple[str, ...] = (),
               imported_from: str | None = None) -> None:
        """Run, once, the writers of an index key (`a<attr>`, `g<name>`) and what they call for.

        Writers `near` the location (methods of its classes, functions of its module) all run.
        Of the others, only those that can reach it: in a module whose text `mentions` one of
        its classes by name (it builds or imports them), or, for a global, in a module that
        imports it `from` its module; and of those the first `_WRITERS` (a common name in a
        large project has hundreds).
        """
        searched = (key, near, mentions, imported_from)
        if searched in self._searched:
            return
        self._searched.add(searched)
        writers = self.interp.index.writers(key)
        own = [w for w in writers if w.startswith(near)] if near else []
        others = [w for w in writers if not (near and w.startswith(near))
                  and self._may_reach(w, mentions, imported_from, key[1:])]
        if len(others) > _WRITERS:
            self._cut.add(key)
            others = others[:_WRITERS]
        own = self._in_callers([w for w in own if w not in self._writers_done and not self._runs_in_entries(w)])
        writers = self._in_callers([w for w in others if w not in self._writers_done and not self._runs_in_entries(w)])
        if self._spent + len(writers) > _BUDGET:
            # A check of a huge project with every function an entry: past the budget, what is
            # stored elsewhere is lost, and says so where it is called (WC003). The location's own
            # class and module are always read: what they store is never lost to the budget.
            self._cut.add(key)
            writers = writers[:max(0, _BUDGET - self._spent)]
        self._spent += len(writers)
        writers = own + writers
        self._writers_done.update(writers)
        self._running += 1
        try:
            for qualname in writers:
                self.interp.analyze_writer(qualname)
            if self._running == 1:
                self._run_callers()
        finally:
            self._running -= 1

    def _in_callers(self, writers: list[str]) -> list[str]:
        """The functions to run for these writers: a function only its project's code calls, by name,
        runs in its callers (`on_sounded(item)` in a loop over what is empty on an idle tick stores
        nothing on one); run alone, it would store on every tick what they store only on some."""
        out: list[str] = []
        for writer in writers:
            for run in self._callers_instead(writer, 0) or [writer]:
                if run not in out and (run == writer or run not in self._writers_done):
                    out.append(run)
        return out

    def _callers_instead(self, qualname: str, depth: int) -> list[str] | None:
        """The callers to run in the stead of the module function `qualname` (theirs, in turn, when
        they qualify), or None when it runs alone: it is handed on uncalled, a framework may call it."""
        index = self.interp.index
        fn = index.function(qualname)
        # A closure (`on_hook` in a decorator factory) is handed out by the function around it: its
        # callers are those of that function, which give it what it closes over (`cls`, `hook`).
        nested = fn is not None and index.function(qualname.rpartition(".")[0]) is not None
        if fn is None or depth >= _ENTRY_DEPTH or fn.class_qualname is not None or fn.name == BODY_NAME \
                or fn.kind is not ir.FuncKind.FUNCTION or self.interp.is_entry(fn) \
                or (index.referenced(fn.name) and not nested):
            return None
        callers = [c for c in index.callers(qualname, self.interp) if self._may_call(c, qualname)]
        if not callers or len(callers) > _DEFER_CALLERS:
            return None
        out: list[str] = []
        for caller in callers:
            outer = index.function(caller)
            if outer is None:
                return None  # called by code it cannot tell
            if outer.name == BODY_NAME:
                if not nested:
                    return None  # called at import: it runs alone, as the import's code would run it
                out.append(caller)  # a decorator factory applied at import: the module's code runs it
                continue
            if caller in self.interp.entries or self._runs_in_entries(caller):
                continue  # the ticks' own analysis runs it on their paths
            out += self._callers_instead(caller, depth + 1) or [caller]
        return out

    def _tabled_for_ticks(self, hander: str, name: str, depth: int) -> bool:
        """Whether `hander` only keeps `name` in a table (`self.handlers = {Stage.OPEN: self._open}`,
        `HANDLERS = {Cut: cut}`) that only code running in the ticks reads: whatever calls it from
        there, calls it on the ticks' own paths."""
        index = self.interp.index
        fn = index.function(hander)
        slots = stored_slots(fn, name) if fn is not None else None
        if not slots:
            return False
        for slot in sorted(slots):
            readers = index.readers(slot)
            if not readers or not all(r in self.interp.entries or self._runs_in_entries(r, depth + 1)
                                      for r in readers):
                return False
        return True

    def _runs_in_entries(self, qualname: str, depth: int = 0) -> bool:
        """Whether `qualname` runs only inside the entries' ticks: every call of it by name is in an
        entry (or in a function that runs only so), and so is all code that hands it on uncalled,
        none of it to a call. What it stores,
        the entries' own analysis sees on the paths that call it; run alone, a helper called only
        under the guard would fill on every idle tick what only busy ticks fill."""
        known = self._in_entries.get(qualname)
        if known is not None:
            return known
        self._in_entries[qualname] = False  # a cycle of callers runs on its own
        index = self.interp.index
        fn = index.function(qualname)
        found = False
        if fn is not None and depth < _ENTRY_DEPTH and fn.name != BODY_NAME and not fn.name.startswith("__") \
                and fn.kind is not ir.FuncKind.LAMBDA and not self.interp.is_entry(fn):
            # Handed on uncalled (`{"oak": reseason}`) only by code that itself runs only in the ticks:
            # whatever calls it got it there, on the ticks' own paths.
            handers = index.handers(qualname) if index.referenced(fn.name) else []
            # Handed to a call, whatever it calls may run it at any time (`signal.signal(SIGTERM, f)`).
            passed = any(passes_to_call(h, fn.name) for h in map(index.function, handers) if h is not None)
            # A `singledispatch` implementation runs where its generic function is called.
            callers = index.callers(dispatch_base(index, fn) or qualname, self.interp)
            found = not passed and bool(callers or handers) and all(
                c in self.interp.entries or self._runs_in_entries(c, depth + 1) for c in callers) and all(
                h in self.interp.entries or self._runs_in_entries(h, depth + 1)
                or self._tabled_for_ticks(h, fn.name, depth) for h in handers)
        self._in_entries[qualname] = found
        return found

    def _may_reach(self, writer: str, mentions: tuple[str, ...], imported_from: str | None, name: str) -> bool:
        index = self.interp.index
        fn = index.function(writer)
        if fn is None:
            return False
        if imported_from is not None:
            return any(b.kind is ir.BindingKind.IMPORT_FROM and b.member == name
                       and index.resolve_module(b.target) == imported_from
                       for b in index.bindings(fn.module, name)) or _imports_module(index, fn.module, imported_from)
        if mentions:
            text = index.files.text_of(fn.module) if index.files.text_of is not None else None
            return text is None or any(m.encode() in text for m in mentions)
        return True

    def _may_call(self, caller: str, qualname: str) -> bool:
        """Whether `caller` may call `qualname` by its name: a method, by any code that has such an
        object; a module's function or class, by code of its own package, or that imports from it."""
        index = self.interp.index
        target = index.function(qualname)
        if target is not None and target.class_qualname is not None and target.name != "__init__":
            return True
        return self._near_package(caller, qualname)

    def _near_package(self, caller: str, qualname: str) -> bool:
        """Whether `caller` is in `qualname`'s top-level package or imports from it."""
        index = self.interp.index
        target = index.function(qualname)
        fn = index.function(caller)
        if target is None or fn is None:
            return True
        package = target.module.partition(".")[0]
        if fn.module.partition(".")[0] == package:
            return True
        lowered = index.module(fn.module)
        if lowered is None:
            return True
        for _, bindings in lowered.globals:
            for b in bindings:
                if b.kind in (ir.BindingKind.IMPORT_MODULE, ir.BindingKind.IMPORT_FROM):
                    found = index.resolve_module(b.target) or b.target
                    if found.partition(".")[0] == package:
                        return True
        return False

    def _run_callers(self) -> None:
        """Callers of the functions whose parameters were stored: their arguments are the values."""
        while self._wanted:
            qualname, depth = min(self._wanted.items())
            del self._wanted[qualname]
            deferred = qualname in self._deferred
            if qualname in self._callers_done or depth >= _CALLER_DEPTH:
                if deferred and qualname not in self.interp.reached:
                    self.interp.analyze_writer(qualname)
                continue
            self._callers_done.add(qualname)
            if qualname.endswith(".__init_subclass__"):
                self.run_subclass_hooks(qualname)
                continue
            callers = [c for c in self.interp.index.callers(qualname, self.interp) if self._may_call(c, qualname)]
            if not callers:
                # Called by no name: handed on uncalled. The functions that hand it on may call it
                # through the project code they hand it to (a list of start-up hooks run in turn).
                callers = [c for c in self.interp.index.handers(qualname) if self._may_call(c, qualname)]
                if callers and len(callers) <= _CALLERS:
                    self.handed_on.add(qualname)
            if not callers and qualname.endswith(".__init__"):
                # A class made through a name that holds it (`kind = Amalgam; kind(box)`, a class
                # picked from `Base.__subclasses__()`): the code that holds it makes it.
                callers = self._class_handers(qualname)
            if len(callers) > _CALLERS or self._spent + len(callers) > _BUDGET:
                # Its parameters stay unknown, and say so (WC003 where they are called).
                self.too_many_callers.add(qualname)
                if deferred:
                    self.interp.analyze_writer(qualname)
                continue
            self._spent += len(callers)
            before = set(self._wanted)
            # Handed on, it may also be called by a library with what the analysis does not see: its
            # parameters stay the framework's, and what its handers' runs pass is added to them.
            (self.covered if callers and qualname not in self.handed_on else self.framework).add(qualname)
            for caller in callers:
                # A caller that runs only inside the ticks passes what it passes on the ticks' own
                # paths, which the entries' analysis sees: alone, a call made only under the guard
                # would count on every idle tick.
                if not self._runs_in_entries(caller) and not self._defer(caller, depth):
                    self.interp.analyze_writer(caller)
            name = qualname.rpartition(".")[2]
            if any(name in self.blind.get(c, ()) and self._near_package(c, qualname) for c in callers):
                self._uncover(qualname)
            for added in set(self._wanted) - before:
                self._wanted[added] = depth + 1
            if deferred and qualname not in self.interp.reached:
                self.interp.analyze_writer(qualname)  # none of its callers ran it: alone, as any writer

    def _class_handers(self, init: str) -> list[str]:
        """The functions that hand on the class of `init` (or a subclass) uncalled, or list a class
        of its bases' subclasses (`cls.__subclasses__()`): they may make it, with what they pass."""
        index = self.interp.index
        fn = index.function(init)
        if fn is None or fn.class_qualname is None:
            return []
        classes = [fn.class_qualname, *index.subclasses(fn.class_qualname, self.interp)]
        found: set[str] = set()
        for cls in classes:
            found.update(index.handers(init, cls.rpartition(".")[2]))
        for base in index.mro(fn.class_qualname, self.interp):
            found.update(q for q in index.readers("__subclasses__", calls=True) if q.startswith(base + "."))
        return sorted(c for c in found if c != init)[:_CALLERS]

    def _defer(self, caller: str, depth: int) -> bool:
        """Whether an alternate constructor run for what it passes `__init__` is better run by its own
        callers: run alone, what it computes from its parameters (a class picked by a name it is
        handed) holds every possibility, and no longer says it came from them. It runs alone still
        if none of them does."""
        if caller in self._deferred:
            return True  # its callers ran it already (or it ran alone, none of them having run it)
        index = self.interp.index
        fn = index.function(caller)
        # An alternate constructor (`from_settings(cls, s)`: `cls(make(s.name))`), which its callers
        # hand what picks the object it builds.
        if fn is None or fn.kind is not ir.FuncKind.CLASSMETHOD or depth + 1 >= _CALLER_DEPTH \
                or caller in self._callers_done or self.interp.is_entry(fn) or caller.endswith(".__init_subclass__"):
            return False
        outer = [c for c in index.callers(caller, self.interp) if self._may_call(c, caller)]
        # Only a caller a few nearby functions call: one called from everywhere (a common name) is
        # run alone, as any writer, rather than spend the budget on its callers.
        if not outer or len(outer) > _DEFER_CALLERS or not all(self._near_package(c, caller) for c in outer):
            return False
        self._deferred.add(caller)
        self._wanted.setdefault(caller, depth + 1)
        return True

    def _uncover(self, qualname: str) -> None:
        """A caller called `qualname`'s name on a value not known: its parameters may hold what no
        analysed call passed, and are lost (WC003 where what they hold is called)."""
        self.covered.discard(qualname)
        for loc in self.read:
            if any(param_owner(why) == qualname for why in _param_whys(self.values.get(loc, BOTTOM))):
                self.grown.add(loc)

    def run_subclass_hooks(self, qualname: str) -> None:
        """`__init_subclass__` runs when each subclass is made (`class Ping(Plugin, name="ping")`), with
        `cls` that subclass: run once for each subclass in a module that names the class."""
        index = self.interp.index
        fn = index.function(qualname)
        if fn is None or fn.class_qualname is None:
            return
        subclasses = self.subclasses_loaded(fn.class_qualname)
        if subclasses is None:
            self._hook_for_any(qualname)
            return
        self._run_hook_for_each(qualname, sorted(subclasses))

    def subclasses_loaded(self, base: str) -> set[str] | None:
        """Every subclass of `base`, each module that names it or one of its subclasses loaded first
        (`class Glycol(ConeTank)` in a module that never names the base); None if too many."""
        index = self.interp.index
        named: set[str] = set()
        found: set[str] = set()
        todo = [base]
        while todo:
            cls = todo.pop()
            named.add(cls)
            if len(named) > _SUBCLASS_MODULES // 4 or not self._load_mentioning(cls):
                return None
            found = set(index.subclasses(base, self.interp))
            todo = sorted(found - named)
        return found

    def run_metaclass_hooks(self, qualname: str) -> None:
        """A metaclass's `__new__` / `__init__` runs when each class it makes is made (a registry of
        plugin classes): run once for each such class in a module that names the metaclass."""
        index = self.interp.index
        fn = index.function(qualname)
        if fn is None or fn.class_qualname is None:
            return
        meta = fn.class_qualname
        if not self._load_mentioning(meta):
            self._hook_for_any(qualname)
            return
        members = self.interp.members
        # The classes that name it (`class Station(metaclass=StationMeta)`), then their subclasses,
        # in the modules that name those.
        roots = [c for c in index.loaded_classes() if (info := index.shape(c)) is not None
                 and info.metaclass is not None and (m := members.metaclass(c)) is not None
                 and meta in index.mro(m, self.interp)]
        made: set[str] = set(roots)
        for root in roots:
            subclasses = self.subclasses_loaded(root)
            if subclasses is None:
                self._hook_for_any(qualname)
                return
            made |= subclasses
        self._run_hook_for_each(qualname, sorted(made))

    def _run_hook_for_each(self, qualname: str, classes: list[str]) -> None:
        """Run the hook `qualname` once for each class made (its implicit key), within the budget."""
        if self._spent + len(classes) > _BUDGET:
            self._hook_for_any(qualname)
            return
        self._spent += len(classes)
        self.covered.add(qualname)
        for cls in classes:
            key = f"{qualname}<{cls}>"
            self.implicit[key] = (qualname, cls)
            self.interp.analyze_writer(key)

    def _load_mentioning(self, cls: str) -> bool:
        """Load the modules whose text names the class `cls`; False if there are too many."""
        index = self.interp.index
        name = cls.rpartition(".")[2].encode()
        text_of = index.files.text_of
        mentioning = [m for m in sorted(index.paths) if text_of is None or name in (text_of(m) or b"")]
        if len(mentioning) > _SUBCLASS_MODULES:
            return False
        for module in mentioning:
            index.module(module)
        return True

    def _hook_for_any(self, qualname: str) -> None:
        """Too many subclasses to follow: the hook runs once with `cls` lost, so what it stores (a
        registry's classes) says so where it is used (WC003), never an empty registry."""
        self.too_many_callers.add(qualname)
        key = f"{qualname}<?>"
        self.implicit[key] = (qualname, "")
        self.interp.analyze_writer(key)


def _telling(v: Value, depth: int = 0) -> frozenset[object]:
    """What of a value can change a verdict: what may wake a container or run project code (by
    kind and name), the idle model's facts, what was lost, the states `loosen` keeps; not which
    numbers or long strings it holds.
    A location read in a round that grows by nothing telling does not make the round run again."""
    found: set[object] = set()
    if depth > 4:
        return frozenset()
    for alt in alternatives(v):
        match alt:
            case Handle() | HandleMethod() | ClassRef() | Empty() | Ext() | Getter():
                found.add(alt)
            case Func():
                found.add(("func", alt.qualname))
            case Inst():
                found.add(("inst", alt.cls, alt.alloc))
            case Gen():
                found.add(("gen", alt.func.qualname))
            case Bool():
                found.add(("bool", alt.truth.t, alt.truth.f))
            case Const() if alt.value is None:
                found.add(("none",))
            case Const() if loosen(alt) is alt:
                found.add(alt)  # a state's name or a flag: a new one may open a branch
            case Unknown() if alt.why and not alt.why.startswith(PARAM):
                found.add(alt)
            case Seq():
                found.add(("seq", alt.must_empty, _telling(alt.elem, depth + 1)))
            case Tup():
                found.add(("tup", tuple(_telling(i, depth + 1) for i in alt.items)))
            case Dict():
                found.add(("dict", _telling(alt.rest, depth + 1),
                           tuple((k, _telling(x, depth + 1)) for k, x in alt.entries)))
            case _:
                found.add(("plain",))
    return frozenset(found)


def _param_whys(v: Value, depth: int = 0) -> set[str]:
    """The parameters (of functions analysed with no caller known) a value may hold, inside containers too."""
    found: set[str] = set()
    if depth > 4:
        return found
    for alt in alternatives(v):
        match alt:
            case Unknown() if alt.why.startswith(PARAM):
                found.add(alt.why)
            case Seq():
                found |= _param_whys(alt.elem, depth + 1)
            case Tup():
                for item in alt.items:
                    found |= _param_whys(item, depth + 1)
            case Dict():
                found |= _param_whys(alt.rest, depth + 1)
                for _, item in alt.entries:
                    found |= _param_whys(item, depth + 1)
            case Func():
                for item in (*alt.partial, *(v for _, v in alt.closure)):
                    found |= _param_whys(item, depth + 1)
            case _:
                pass
    return found


def dispatch_base(index: ProjectIndex, fn: ir.FunctionIR) -> str | None:
    """The generic function a `@run.register` implementation belongs to, when `run` is a
    `functools.singledispatch` function (or method) of its scope; else None."""
    scope = fn.qualname.rpartition(".")[0]
    for decorator in fn.decorators:
        owner, _, attr = decorator.partition("(")[0].rpartition(".")
        base = index.function(f"{scope}.{owner}") if attr == "register" and owner.isidentifier() else None
        if base is not None and any(d.partition("(")[0].rpartition(".")[2] in DISPATCHERS for d in base.decorators):
            return base.qualname
    return None


def _holds_param(v: Value) -> bool:
    return any(type(alt) is Unknown and alt.why.startswith(PARAM) for alt in alternatives(v))


def param_owner(why: str) -> str:
    """The function a parameter's unknown belongs to ("parameter `x` of `pkg.f`" → "pkg.f"), or ""."""
    if not why.startswith(PARAM):
        return ""
    return why.rpartition("`")[0].rpartition("`")[2]


def loosen(v: Value) -> Value:
    """A value as long-lived state keeps it: what other code may change is let go of.

    Numbers but zero and long strings become unknown (another store may have changed them; zero,
    short strings, booleans, enum members and None are kept, as counts, states, flags and
    sentinels whose every store is seen); an object's attributes known along one path are
    dropped (they are facts of their own); a list may have been emptied or filled since.
    Handles, functions, classes, objects, and the idle model's values stay as they are.
    """
    match v:
        case Handle() | HandleMethod() | ClassRef() | ModuleVal() | Empty() | Bool() | Ext() | Clock() | Getter():
            return v
        case Unknown():
            return v
        case Inst() if v.alloc == NEW:
            return Inst(v.cls, v.exact)  # kept by an object still being built: where, its caller knows
        case Inst():
            return Inst(v.cls, v.exact, (), v.alloc) if v.fields else v
        case Const() if v.value is None:
            return v  # a sentinel: "not made yet", which a store elsewhere (always seen) replaces
        case Const() if type(v.value) in (int, float) and v.value == 0:
            return v  # a count before anything is counted: every store that changes it is seen, as None's
        case Const() if isinstance(v.value, (EnumMember, FlagSet, bool)) or \
                isinstance(v.value, str) and len(v.value) <= _STATE_TEXT:
            return v  # a state's name (`self.state = "draining"`): every store of one is seen, as None's
        case Func():
            if v.bound is None and not v.closure and not v.partial:
                return v
            return Func(v.qualname, None if v.bound is None else loosen(v.bound),
                        tuple((k, loosen(x)) for k, x in v.closure), tuple(loosen(x) for x in v.partial))
        case Gen():
            func = loosen(v.func)
            return Gen(func if isinstance(func, Func) else v.func, tuple(loosen(x) for x in v.args),
                       tuple((k, loosen(x)) for k, x in v.kwargs))
        case Seq() if v.must_empty:
            # An empty list stays empty: whatever adds to it later (its writers, code it escapes
            # to) stores what it adds at its home. One empty on an idle tick by the idle model
            # (`tuple(waiting())`) is empty on every idle tick.
            return v
        case Seq():
            elem = v.elem if type(v.elem) is Bottom else loosen(v.elem)
            return Seq(elem, True, False, frozenset(), v.home)
        case Tup():
            return Tup(tuple(loosen(i) for i in v.items))
        case Dict():
            # Its keys stay as they were stored: what fills it later stores where it lives (read
            # back in Facts._at, which lets go of them when nothing in the project fills it).
            return Dict(tuple((k, loosen(x)) for k, x in v.entries),
                        v.rest if type(v.rest) is Bottom else loosen(v.rest), v.home)
        case Union():
            return union([loosen(a) for a in v.alts])
        case _:
            return Unknown()


def _housed(v: Value, loc: Loc) -> Value:
    if type(v) is Seq:
        return v if loc in v.home else Seq(v.elem, v.may_empty, v.must_empty, v.empty_why, v.home | {loc})
    if type(v) is Dict:
        return v if loc in v.home else Dict(v.entries, v.rest, v.home | {loc})
    return v


def _with_items(v: Value, items: Value) -> Value:
    """A list or dict whose items (lists or dicts themselves) grew where it lives (ItemLoc)."""
    match v:
        case Seq():
            return Seq(join(v.elem, items), v.may_empty, v.must_empty, v.empty_why, v.home)
        case Dict():
            return Dict(tuple((k, join(x, items)) for k, x in v.entries), join(v.rest, items), v.home)
        case _:
            return v


def _with_keyed_items(v: Dict, keyed: dict[object, Value]) -> Dict:
    """A dict whose item under each constant key grew where it lives (an item first made by
    `setdefault(key, [])` is a new entry)."""
    entries = [(k, join(x, keyed[k]) if k in keyed else x) for k, x in v.entries]
    known = {k for k, _ in v.entries}
    entries.extend((key, added) for key, added in keyed.items() if key not in known)
    return Dict(tuple(entries), v.rest, v.home)


def _merge_contents(v: Value, other: Value) -> Value:
    """A list or dict `v` with the contents another location of it holds (an alias of it)."""
    out = v
    for alt in alternatives(other):
        if type(alt) is type(v):
            out = join(out, alt)
    return out


def writer_bound(fn: ir.FunctionIR) -> Value | None:
    """The value a method is bound to when it runs with no caller known: its class's instance."""
    if fn.class_qualname is None:
        return None
    match fn.kind:
        case ir.FuncKind.METHOD if fn.name == "__new__":
            return None  # a static method: its `cls` is a parameter (writers run it with no bound value)
        case ir.FuncKind.METHOD | ir.FuncKind.PROPERTY:
            return Inst(fn.class_qualname, exact=False)
        case ir.FuncKind.CLASSMETHOD:
            return ClassRef(fn.class_qualname)
        case _:
            return None


def _imports_module(index: ProjectIndex, module: str, wanted: str) -> bool:
    """Whether `module` imports the module `wanted` itself (`import pkg.registry`, `from pkg import
    registry`): its code may store into `registry.NAME`."""
    if module == wanted:
        return False
    lowered = index.module(module)
    if lowered is None:
        return False
    for _, bindings in lowered.globals:
        for b in bindings:
            if b.kind is ir.BindingKind.IMPORT_MODULE:
                found = index.resolve_module(b.target)
                if found is not None and (found == wanted or wanted.startswith(found + ".")):
                    return True
            elif b.kind is ir.BindingKind.IMPORT_FROM and b.member is not None:
                base = index.resolve_module(b.target)
                if base is not None and f"{base}.{b.member}" == wanted:
                    return True
    return False
