"""Stall plug-ins: each module exposes ``register(registry)``."""
