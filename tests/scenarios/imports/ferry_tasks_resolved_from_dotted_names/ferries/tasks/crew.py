from ferries.terminal import TERMINAL


def post_roster() -> None:
    TERMINAL.fetch("/crew/roster")  # expect: WC001


def retire_roster() -> None:
    TERMINAL.fetch("/crew/retire")
