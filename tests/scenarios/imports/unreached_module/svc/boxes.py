"""Box connections."""


def connect_box(env, name):
    return env.BOXES.get(name)
