import logging

log = logging.getLogger(__name__)


class PaddleBox:
    def crank(self, path: str) -> dict:
        raise NotImplementedError("the paddle gear's container")


def hire_paddle_box(site: str) -> PaddleBox:
    log.info("hiring the paddle box for %s", site)
    return PaddleBox()


def keeper_on_duty(site: str) -> bool:
    raise NotImplementedError("the rota")


def breach_reported(site: str) -> bool:
    raise NotImplementedError("the bank sensors")
