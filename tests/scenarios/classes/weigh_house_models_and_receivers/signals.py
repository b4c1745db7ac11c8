"""Signals whose receivers a decorator factory connects when their module is imported."""


class Signal:
    def __init__(self, name):
        self.name = name
        self.receivers = []

    def connect(self, receiver, sender=None):
        key = (id(receiver), None if sender is None else id(sender))
        if not any(k == key for k, _ in self.receivers):
            self.receivers.append((key, receiver))

    def send(self, sender, **named):
        return [receiver(sender=sender, **named) for _, receiver in list(self.receivers)]


def receiver(signal, **kwargs):
    def connect_it(func):
        signal.connect(func, **kwargs)
        return func
    return connect_it


weighed = Signal("weighed")
