"""Runtime leases."""


def acquire_runtime(env):
    return env.RUNTIMES.get("relay")
