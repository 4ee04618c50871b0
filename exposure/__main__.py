"""`python -m exposure` is the `exposure` command."""

from .cli import main

main()
