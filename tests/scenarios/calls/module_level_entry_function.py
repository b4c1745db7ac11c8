# [tool.wakecheck]
# entry = ["*.run_periodic"]
# container-factories = ["*.stub_for"]
# active-guards = ["*.has_pending_jobs"]

"""The entry can be a module-level function; helpers it calls are followed."""
from workers import stub_for


async def run_periodic(env):
    stub = stub_for(env, "crawler")
    await _refresh(stub)


async def _refresh(stub):
    await stub.post("/refresh")  # expect: WC001
