"""Descriptors that hand out a port's container from the object they are read from."""
import logging

log = logging.getLogger(__name__)


class RopeBox:
    def __init__(self, port):
        self.port = port

    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the rope container")


def hire_rope_box(port):
    return RopeBox(port)


class PortBox:
    """`walk_box = PortBox("walk")` on a class reads `self.ports["walk"]`."""

    def __init__(self, port):
        self.port = port
        self.name = port

    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.ports[self.port]


class Quiet:
    """A descriptor that never touches a container."""

    def __get__(self, obj, objtype=None):
        return "quiet"
