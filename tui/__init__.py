"""whosaid: who said what, on whose authority, with which numbers."""

__version__ = "0.1.0"
