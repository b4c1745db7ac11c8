import logging
from collections import defaultdict

from dyehouse.box import skeins_to_dye, steep_vat_box

log = logging.getLogger(__name__)
COLOURS = ("madder", "woad")


class VatRoom:
    def __init__(self) -> None:
        self.box = steep_vat_box()

    def vat_tick(self) -> None:
        by_colour: defaultdict[str, list[int]] = defaultdict(list)
        for skein in skeins_to_dye():
            by_colour[skein.colour].append(skein.weight_g)
        for colour, weights in by_colour.items():
            self.box.fetch(f"/vats/{colour}/bath", grams=sum(weights))
        baths: defaultdict[str, int] = defaultdict(int)
        for skein in skeins_to_dye():
            baths[skein.colour] += 1
        if baths:
            self.box.fetch("/ledger/baths", baths=dict(baths))
        touched: defaultdict[str, list[int]] = defaultdict(list)
        for colour in COLOURS:
            log.debug("%s holds %d", colour, len(touched[colour]))
        for colour in touched:
            self.box.fetch(f"/vats/{colour}/stir")  # expect: WC001
