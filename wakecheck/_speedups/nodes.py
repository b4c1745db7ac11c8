"""LibCST's parser output made without its per-node checks, through faster `__init__`s.

Every node LibCST makes runs `_validate` (from `CSTNode.__post_init__`): about a sixth
of parsing time, spent proving what the grammar already ensured (LibCST's own source
says so beside it). And every node's frozen-dataclass `__init__` stores each field
through `object.__setattr__`; while the parser runs, each node class has an `__init__`
that sets the fields' slots directly and skips `__post_init__` (frozen.fast_init),
about another sixth. Both are restored as soon as the parser returns or raises (in a
`batch`, when the batch ends), so nodes made anywhere else keep their checks.

The switch is process-wide, so it is made only while this is the process's one thread:
no other thread can make a node meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wakecheck import _speedups

_SWITCHED = [False]  # whether LibCST's node classes have the fast `__init__`s now
_FAST_INITS: dict[type, tuple[object, object]] = {}  # node class → (its own __init__, the fast one)


@contextmanager
def unchecked() -> Iterator[None]:
    """While this block runs, LibCST nodes are made without their checks (when switched on and safe)."""
    if _SWITCHED[0] or not _speedups.on(_speedups.NODES) or threading.active_count() != 1:
        yield
        return
    from libcst._nodes.base import CSTNode

    checked = CSTNode.__dict__.get("__post_init__")
    fast = _fast_node_inits()
    if checked is None or not fast:  # another LibCST's node base: parse as it is
        yield
        return
    CSTNode.__post_init__ = _unchecked  # type: ignore[method-assign]
    for cls, (_, init) in fast.items():
        cls.__init__ = init  # type: ignore[misc]
    _SWITCHED[0] = True
    try:
        yield
    finally:
        _SWITCHED[0] = False
        CSTNode.__post_init__ = checked  # type: ignore[method-assign]
        for cls, (own, _) in fast.items():
            cls.__init__ = own  # type: ignore[misc]


def _unchecked(self: object) -> None:
    pass


def _fast_node_inits() -> dict[type, tuple[object, object]]:
    """Every LibCST node class whose dataclass `__init__` a faster one can replace exactly (made once).

    The fast `__init__` is made from the class's fields as they are, so a LibCST whose
    nodes have other fields gets `__init__`s that match them.
    """
    if not _FAST_INITS:
        from libcst._nodes.base import CSTNode

        from wakecheck._speedups.frozen import fast_init

        todo: list[type] = [CSTNode]
        while todo:
            cls: type
            for cls in todo.pop().__subclasses__():
                todo.append(cls)
                own = cls.__dict__.get("__init__")
                # Only a dataclass's own generated __init__ is replaced (its code comes from a
                # string, not a file), never one written by hand.
                code = getattr(own, "__code__", None)
                if code is None or code.co_filename != "<string>" or cls in _FAST_INITS:
                    continue
                init = fast_init(cls, post_init=False)
                if init is not None:
                    _FAST_INITS[cls] = (own, init)
    return _FAST_INITS
