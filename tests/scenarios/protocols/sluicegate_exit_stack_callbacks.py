# [tool.wakecheck]
# entry = ["*.SluiceGate.tick"]
# container-factories = ["*.hire_gate_box"]
# active-guards = ["*.gates_moving"]

"""`ExitStack.callback(box.fetch, ...)`: the container is called when the `with` block ends, so the
wake is where the block ends; one registered on a ruled-out path never runs."""
import contextlib
import logging

log = logging.getLogger(__name__)


class GateBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the sluice-gate container")


def hire_gate_box():
    return GateBox()


class GateLedger:
    def gates_moving(self):
        return True


class SluiceGate:
    def __init__(self):
        self.box = hire_gate_box()
        self.ledger = GateLedger()

    def tick(self):
        with contextlib.ExitStack() as stack:  # expect: WC001
            stack.callback(self.box.fetch, "/gates/close-log", method="POST")
            if self.ledger.gates_moving():
                stack.callback(self.box.fetch, "/gates/settle", method="POST")
            log.debug("gates checked")
        with contextlib.ExitStack() as quiet:
            quiet.callback(log.debug, "nothing to flush")
