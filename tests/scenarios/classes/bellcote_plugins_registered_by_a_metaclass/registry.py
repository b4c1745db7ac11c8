"""Changes register themselves: a metaclass keeps every class it makes that names a method."""
import logging

log = logging.getLogger(__name__)


class ChangeMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        method = namespace.get("method")
        if method:
            ChangeMeta.registry[method] = cls
            log.debug("change %s registered", method)
        return cls


class Change(metaclass=ChangeMeta):
    method = ""

    def __init__(self, box, parish):
        self.box = box
        self.parish = parish

    def ring(self):
        log.debug("nothing to ring for %s", type(self).__name__)
