from ferries.terminal import TERMINAL


def sync_tickets() -> None:
    TERMINAL.fetch("/tickets/sync")  # expect: WC001
