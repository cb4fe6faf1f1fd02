"""The search box under the article: `/` opens it, enter goes to the match, escape closes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class SearchBox(Input):
    """Searching happens as you type; the app owns the search and its matches."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "submit",
            "Go to match",
            tooltip="Close the box and go to the first match after the current statement.",
            id="search-submit",
        ),
        Binding(
            "escape",
            "app.close_search",
            "Close search",
            tooltip="Close the search box; the matches stay marked.",
            id="search-close",
        ),
    ]
