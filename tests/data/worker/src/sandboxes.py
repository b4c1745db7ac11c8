"""How a tenant reaches its sandbox: the stub, from whatever env it is handed."""


def sandbox_for(env, tenant_id):
    namespace = env.SANDBOX
    return namespace.get(namespace.idFromName(tenant_id))


async def warm_up(env, tenant_id):
    await sandbox_for(env, tenant_id).fetch("http://sandbox/warm")  # expect: WC001
