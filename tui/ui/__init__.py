"""The Textual reader over the core. The core never imports this package."""
