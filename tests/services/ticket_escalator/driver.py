"""The helpdesk app: init() at import of the app, the plugin framework's setup(), then the timer."""

from helpdesk import app


def run(host):
    escalator = host.start(app.main, ["--queue", "support"])
    host.ticks(escalator.on_tick)
