"""Clocks told apart by `@runtime_checkable` protocols: `isinstance` matches by the methods a
class has, not by what it inherits."""
