"""Word lists: data, not code. Each section belongs to the module named in its header."""

from __future__ import annotations

# --- Statements and speakers ---


# --- Figures ---
