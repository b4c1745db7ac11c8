"""Build steps that use the sandbox."""
from .sandbox import open_sandbox


async def warm_pool(env):
    await open_sandbox(env, "warm").exec("warm")  # expect: WC001


async def build(env):
    await open_sandbox(env, "build").exec("build")
