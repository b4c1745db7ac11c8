import logging

from celery import shared_task

from frostwatch.gateway import sensor_gateway

log = logging.getLogger(__name__)


@shared_task
def sample_canopy_temperature():
    temperature = sensor_gateway().read("canopy")  # expect: WC001
    log.info("canopy at %.1f C", temperature)


@shared_task
def calibrate_probes():
    sensor_gateway().read("calibration")
