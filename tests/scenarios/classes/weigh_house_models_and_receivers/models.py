from ledger import Manager, Record
from signals import weighed


class Weighing(Record):
    objects = Manager()

    def saved(self):
        weighed.send(sender=type(self), record=self)


class Tare(Record):
    objects = Manager()
