"""`python -m wakecheck` runs the command line."""

from wakecheck.cli import main

main()
