"""The scale container's client."""


class ScaleBox:
    def fetch(self, path, method="GET", json=None):
        raise NotImplementedError("talks to the scale container")


def hire_scale_box():
    return ScaleBox()


box = hire_scale_box()
