"""Sheepdog pens whose alerts are gathered by a comprehension with an `if` (a walrus over each
pen's poll), and graded by an `IntEnum` severity compared with `>=`."""
