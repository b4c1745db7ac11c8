# [tool.wakecheck]
# entry = ["run_periodic"]
# container-factories = ["*.stub_for"]
# active-guards = ["*.has_pending_jobs"]

"""sys.exit() does not return: the call after the idle exit is never reached."""
import sys

from jobs import has_pending_jobs
from workers import stub_for


def run_periodic(env):
    stub = stub_for(env, "indexer")
    stub.post("/lease")  # expect: WC001
    if not has_pending_jobs(env):
        sys.exit(0)
    stub.post("/index")


def run_once(env):
    stub = stub_for(env, "indexer")
    stub.post("/index-once")
