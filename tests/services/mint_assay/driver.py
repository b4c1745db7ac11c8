"""The assay lab's start-up (``open_assay_lab``), then the scheduler's ten-minute round."""

from assaylab.app import open_assay_lab


def run(host):
    scheduler = host.start(open_assay_lab, "tower-hill")
    host.ticks(scheduler.assay_round)
