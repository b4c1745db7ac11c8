import logging

import changes  # noqa: F401  (its classes register themselves)
from belfry import Parish, hire_bell_box
from registry import ChangeMeta

log = logging.getLogger(__name__)


class Ringer:
    def __init__(self):
        self.box = hire_bell_box()
        self.parish = Parish()

    def tick(self):
        for method, change_cls in sorted(ChangeMeta.registry.items()):
            change_cls(self.box, self.parish).ring()
            log.debug("rang %s", method)
