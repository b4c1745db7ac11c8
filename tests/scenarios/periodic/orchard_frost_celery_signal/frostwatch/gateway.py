class SensorGateway:
    def read(self, probe: str) -> float:
        return 0.0


def sensor_gateway() -> SensorGateway:
    return SensorGateway()
