"""The `fix-guard` template: `{self}` stands for the guarded function's first parameter.

One template serves methods and module functions alike: `if not {self}.has_active_work():`
becomes `if not self.has_active_work():` in a method and `if not do.has_active_work():` in
`def refresh(do)`. Only `{self}` is replaced; any other brace is the template's own.
"""

from __future__ import annotations

from collections.abc import Sequence

PLACEHOLDER = "{self}"


def receiver(params: Sequence[str]) -> str | None:
    """What `{self}` stands for in a function with these positional parameters: the first, if any."""
    return params[0] if params else None


def render(template: str, name: str | None) -> str:
    """The template with `{self}` replaced by `name` (`self` when the function has no parameter)."""
    return template.replace(PLACEHOLDER, name or "self")


def needs_receiver(template: str) -> bool:
    return PLACEHOLDER in template
