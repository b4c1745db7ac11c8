"""Press-house plug-ins: each module exposes ``register(hub)``."""
