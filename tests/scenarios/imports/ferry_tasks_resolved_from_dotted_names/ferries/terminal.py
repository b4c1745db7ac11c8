class FerryTerminal:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError("the ferry terminal's container")


def lease_ferry_terminal() -> FerryTerminal:
    return FerryTerminal()


TERMINAL = lease_ferry_terminal()
