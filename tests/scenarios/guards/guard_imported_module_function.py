# [tool.wakecheck]
# entry = ["run_periodic"]
# container-factories = ["*.stub_for"]
# active-guards = ["jobs.has_pending_jobs"]

"""A guard called through its module (`jobs.has_pending_jobs(env)`) gates its block."""
import jobs
from workers import stub_for


def run_periodic(env):
    stub = stub_for(env, "indexer")
    if jobs.has_pending_jobs(env):
        stub.post("/index")
    stub.post("/stats")  # expect: WC001
