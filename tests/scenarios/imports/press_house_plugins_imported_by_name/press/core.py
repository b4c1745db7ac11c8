"""Plugins named by module in a constant tuple, each imported by `importlib.import_module(name)` in a
loop (the name is one of a few strings) and registering a tick hook."""
import importlib
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

PLUGINS = ("press.plugins.tally", "press.plugins.wash")


class PressBox:
    def post(self, path, body=None):
        raise NotImplementedError("talks to the press container")


def hire_press_box():
    return PressBox()


@dataclass(frozen=True)
class PressSettings:
    site: str


def load_plugins(hooks, names):
    for name in names:
        importlib.import_module(name).register(hooks)
        log.debug("plugin %s loaded", name)


class PressWorker:
    def __init__(self, settings):
        self.box = hire_press_box()
        self.hooks = []
        log.debug("press house %s", settings.site)
        load_plugins(self.hooks, PLUGINS)

    def tick(self):
        for hook in self.hooks:
            hook(self.box)


def open_press(site):
    return PressWorker(PressSettings(site))
