"""Brine pans: a callee that fills the caller's list and queue, and closures that rebind (`nonlocal`)."""
