"""An application object that is a `MutableMapping`, filled by start-up hooks the app runs
from a list (`for hook in self.on_startup: hook(self)`); the poller reads the app's state
with `app["client"]` and `app.get("notifier")`, methods the mapping inherits."""
