def settlement_container(env):
    return env.SETTLEMENT.get(env.SETTLEMENT.idFromName("main"))
