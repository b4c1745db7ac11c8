"""Sandbox pool access."""


def open_sandbox(env, pool):
    return env.SANDBOXES.get(pool)
