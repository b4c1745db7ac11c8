"""Container access for the town."""


def get_container(env, name):
    return env.CONTAINERS.get(name)
