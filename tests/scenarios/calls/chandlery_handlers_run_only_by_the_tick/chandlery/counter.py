import logging

from chandlery.duties import DUTIES, take_slips
from chandlery.stock import Beeswax, Ledger, Tallow, TallowVat, melt_tallow
from chandlery.wick import candles_to_dip, moor_wick_box, tallow_shipment_landed

log = logging.getLogger(__name__)


class ChandlerCounter:
    def __init__(self) -> None:
        self.box = moor_wick_box()
        self.ledger = Ledger()

    def counter_round(self) -> None:
        self.box.fetch("/counter/open")  # expect: WC001
        DUTIES["dip"]()
        slips = take_slips()
        if slips:
            self.box.fetch("/slips", count=len(slips))
        table = {"tallow": melt_tallow}
        if tallow_shipment_landed():
            table["tallow"]()
        if TallowVat.melts:
            self.box.fetch("/vat/skim")  # expect: WC002
            TallowVat.melts = 0
        lots = [Tallow("b1")] + [Beeswax(c) for c in candles_to_dip()]
        for lot in lots:
            self.ledger.enter(lot)
        if self.ledger.waxed:
            self.box.fetch("/wax/report", waxed=self.ledger.waxed)
            self.ledger.waxed = 0
