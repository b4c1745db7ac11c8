import p000257.town as town

def start(env):
    app = town.Town(env)
    return app
