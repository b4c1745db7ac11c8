"""Cloudflare container namespaces as values: read off a Worker's `env`, and the stubs got from them.

A Wrangler binding whose class runs a container (`env.SANDBOX`) is a *namespace*; a stub
got from it (`.get(id)`, `.getByName(name)`) is a container handle, with no
`container-factories` pattern. What the analysis goes by is the binding's name read as an
attribute of something the project does not define — the `env` the runtime hands a
Durable Object's constructor, `self.env` of a `workers.DurableObject`, a parameter no
caller is known for — not by what the variable holding the env is called. The namespace
is then an ordinary value: it flows through locals, attributes, parameters and return
values like any other, so a helper that takes `env` and returns a stub is followed too.

What it does not follow: an attribute of that name that the project's own code defines
(a test double's `FakeEnv.SANDBOX`) is that code's value, analysed as such; a namespace
passed to a library's helper (`getContainer(env.SANDBOX, name)` in JavaScript) is not a
stub unless the helper is the project's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from wakecheck.analysis.values import Bottom, Ext, Unknown, Value, alternatives, union

if TYPE_CHECKING:
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.wrangler import DurableObjectBinding

ENV = "<env>"  # the external name namespaces are known by: `<env>.SANDBOX`, never a real module's
# Calls on a namespace that return a stub; `idFromName` and the like return an id, which is quiet.
STUB_METHODS = frozenset({"get", "getByName", "get_by_name"})
_CONTAINER_BASE = "Container"
_UNSEEN = (Ext, Unknown, Bottom)  # what the project does not define itself


def namespace(value: Value, binding: str) -> Value:
    """`x.BINDING`, whose value the project leaves unknown or external: the container namespace."""
    found = Ext(f"{ENV}.{binding}")
    alts = alternatives(value)
    if all(type(alt) in _UNSEEN for alt in alts):
        return found
    return union([found if type(alt) in _UNSEEN else alt for alt in alts])


def stub_factory(names: Sequence[str], namespaces: frozenset[str]) -> str | None:
    """The namespace a call of one of `names` gets a stub from (`<env>.SANDBOX.get`), if it does."""
    for name in names:
        if not name.startswith(ENV):
            continue
        parts = name.split(".")
        if len(parts) == 3 and parts[1] in namespaces and parts[2] in STUB_METHODS:
            return f"{ENV}.{parts[1]}"
    return None


def containers_in_code(bindings: Iterable[DurableObjectBinding], index: ProjectIndex,
                       interp: Interpreter) -> frozenset[str]:
    """The class names of these bindings that the analysed code defines as subclasses of `Container`."""
    found: set[str] = set()
    for binding in bindings:
        for qualname in index.classes_named(binding.class_name):
            if is_container(qualname, index, interp):
                found.add(binding.class_name)
    return frozenset(found)


def is_container(qualname: str, index: ProjectIndex, interp: Interpreter) -> bool:
    """Whether the project class `qualname` derives from a class called `Container` (its own or a library's)."""
    if any(cls.rpartition(".")[2] == _CONTAINER_BASE for cls in index.mro(qualname, interp)[1:]):
        return True
    external = interp.members.external_base(qualname)
    return external is not None and external.rpartition(".")[2] == _CONTAINER_BASE
