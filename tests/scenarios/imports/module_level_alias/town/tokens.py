"""`refresh` is a module-level alias of `ensure_token`."""


async def ensure_token(stub, token):
    await stub.set_env_var("TOKEN", token)  # expect: WC001


refresh = ensure_token
