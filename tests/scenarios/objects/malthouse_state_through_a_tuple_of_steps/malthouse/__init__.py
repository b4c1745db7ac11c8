"""A malting floor whose tick threads a frozen state through a tuple of step functions, each
returning `dataclasses.replace(state, ...)`: the guard is asked once and kept in the state, a
queue the steps grow from what is empty on an idle tick is carried to the next tick."""
