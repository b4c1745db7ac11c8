"""Token refresh for the town container."""


async def refresh(container, token):
    await container.set_env_var("TOKEN", token)  # expect: WC001
