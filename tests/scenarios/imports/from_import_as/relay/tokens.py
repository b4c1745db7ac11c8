"""Token upkeep for the relay runtime."""


async def ensure_token(runtime):
    await runtime.call("token/refresh")  # expect: WC001


async def revoke_token(runtime):
    await runtime.call("token/revoke")
