"""Chores register themselves in their metaclass's `__init__`, under a key read from the class body."""
import logging

log = logging.getLogger(__name__)


class ChoreMeta(type):
    table = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if ns.get("slot"):
            ChoreMeta.table[ns["slot"]] = cls


class Chore(metaclass=ChoreMeta):
    slot = ""

    def run(self):
        log.debug("nothing to do")
