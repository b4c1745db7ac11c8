from .town import Town

def start(env):
    return Town(env)
