class SemaphoreBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError("the semaphore's container")


def lease_semaphore_box(tower: str) -> SemaphoreBox:
    return SemaphoreBox()
