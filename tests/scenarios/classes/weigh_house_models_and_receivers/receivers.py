"""Receivers: connected when this module is imported."""
from scalebox import box
from signals import receiver, weighed


@receiver(weighed)
def post_weighing(sender, record, **kwargs):
    box.fetch("/weighings", method="POST", json=record.values)  # expect: WC001
