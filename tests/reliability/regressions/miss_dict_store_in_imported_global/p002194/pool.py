from wkenv import get_container
POOLS = {}

def init_pools(env):
    fresh = get_container(env)
    POOLS["main"] = fresh
