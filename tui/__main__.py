"""`python -m tui` runs the `whosaid` command."""

from tui.cli import main

raise SystemExit(main())
