"""`python -m tui` runs the `whosaid` command."""

from tui.cli import command

command()
