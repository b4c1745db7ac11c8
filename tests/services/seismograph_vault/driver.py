"""The vault's start-up (``open_seismo_vault``), then the warden's ten-minute survey tick."""

from seismovault.warden import open_seismo_vault


def run(host):
    warden = host.start(open_seismo_vault, "albuquerque")
    host.ticks(warden.survey_tick)
