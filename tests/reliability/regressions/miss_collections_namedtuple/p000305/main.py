import p000305.town as town

def start(env):
    app = town.Town(env)
    return app
