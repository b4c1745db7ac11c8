class LampBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the lamp container")


def hire_lamp_box():
    return LampBox()
