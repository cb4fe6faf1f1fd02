"""The export dialog: choose a format and the file to write it to.

The formats are the core's (`tui.core.export.FORMATS`); so is the rule of which files an
export must never write (`target_problem`: the article, its review, any review file).
ClaimReview needs the article's URL: when the article has none, the dialog asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.export import FORMATS, target_problem
from tui.core.shown import shown

# Longest first, so that ".claimreview.json" is found before ".json".
_EXTENSIONS = sorted((f.extension for f in FORMATS.values()), key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export: the format (a key of FORMATS), the file to write and the article's
    URL typed for this export (None: the article's own, if any)."""

    fmt: str
    path: Path
    url: str | None = None


def known_extension(name: str) -> str | None:
    """The export extension `name` ends with, if any."""
    return next((ext for ext in _EXTENSIONS if name.endswith(ext)), None)


def with_format(path: str, fmt: str) -> str:
    """`path` with its export extension (if any) replaced by the one of `fmt`."""
    ext = known_extension(path)
    stem = path[: -len(ext)] if ext else path
    return stem + FORMATS[fmt].extension


NEEDS_URL = "claimreview"
"""The format whose consumers require the article's URL."""

_LABEL_WIDTH = max(len(f.label) for f in FORMATS.values()) + 2
_EXTENSION_WIDTH = max(len(f.extension) for f in FORMATS.values()) + 2


def format_label(fmt: str) -> Text:
    """One line of the format list, as plain text: name, extension, then what it is."""
    export_format = FORMATS[fmt]
    return Text.assemble(
        (export_format.label.ljust(_LABEL_WIDTH), "bold"),
        (export_format.extension.ljust(_EXTENSION_WIDTH), "dim"),
        export_format.what,
    )


def path_problem(path_text: str, protected: Iterable[Path] = ()) -> str | None:
    """Why `path_text` must not be written to, or None when it may.

    `protected`: the article and its annotation file, never to be overwritten by an export.
    """
    if not path_text.strip():
        return "Give a file to export to."
    return target_problem(Path(path_text).expanduser(), protected)


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Choose a format and a file; `enter` confirms, `escape` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="export-cancel"),
    ]

    def __init__(
        self,
        default_path: Path,
        fmt: str = "json",
        *,
        protected: Iterable[Path] = (),
        has_url: bool = True,
    ) -> None:
        """`default_path` names the file (its extension follows the format); `fmt` is first.

        `protected`: files an export must never replace (the article, its annotation file);
        `has_url`: whether the article has a URL (if not, ClaimReview asks for one).
        """
        super().__init__()
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}")
        self.fmt = fmt
        self.default_path = default_path
        self.protected = tuple(protected)
        self.has_url = has_url
        self._replace: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = Content("Export")
            yield Label(Content("Format"))
            yield OptionList(
                *(Option(format_label(fmt), id=fmt) for fmt in FORMATS),
                id="export-formats",
                markup=False,
            )
            yield Label(Content("File"))
            yield Input(
                with_format(shown(self.default_path), self.fmt),
                id="export-path",
                select_on_focus=False,
            )
            yield Label(Content("Article URL (ClaimReview needs it)"), id="export-url-label")
            yield Input(placeholder="https://…", id="export-url")
            yield Static(id="export-error")
            yield Static(
                Content("↑↓ format    tab next field    enter export    escape cancel"),
                id="export-keys",
            )

    def on_mount(self) -> None:
        formats = self.query_one("#export-formats", OptionList)
        formats.highlighted = list(FORMATS).index(self.fmt)
        formats.focus()
        self._show_url()
        self.call_after_refresh(self._path_end_in_view)

    @on(OptionList.OptionHighlighted, "#export-formats")
    def _format_changed(self, event: OptionList.OptionHighlighted) -> None:
        """The path's extension follows the chosen format (a path without one is left alone)."""
        fmt = event.option.id
        if fmt is None or fmt == self.fmt:
            return
        self.fmt = fmt
        self._show_url()
        path = self.query_one("#export-path", Input)
        if known_extension(path.value):
            path.value = with_format(path.value, fmt)
            self._path_end_in_view()

    def _asks_url(self) -> bool:
        return self.fmt == NEEDS_URL and not self.has_url

    def _show_url(self) -> None:
        """The URL box shows while the chosen format needs a URL the article lacks."""
        for widget in self.query("#export-url-label, #export-url"):
            widget.display = self._asks_url()

    def _path_end_in_view(self) -> None:
        """Put the cursor after the extension, scrolling the end of a long path into view."""
        path = self.query_one("#export-path", Input)
        path.action_home()
        path.action_end()

    @on(Input.Changed, "#export-path")
    @on(Input.Changed, "#export-url")
    def _path_changed(self) -> None:
        self._show_error(None)

    @on(OptionList.OptionSelected, "#export-formats")
    @on(Input.Submitted, "#export-path")
    @on(Input.Submitted, "#export-url")
    def _confirm(self) -> None:
        """Close with the request, or say inline what is wrong with the path (or that the URL
        is missing)."""
        url = self.query_one("#export-url", Input)
        if self._asks_url() and not url.value.strip():
            self._show_error("ClaimReview needs the article's URL: type it above.")
            url.focus()
            return
        path_text = self._unshown(self.query_one("#export-path", Input).value)
        problem = path_problem(path_text, self.protected)
        if problem is not None:
            self._show_error(problem)
            return
        path = Path(path_text).expanduser()
        if path.exists() and self._replace != path:
            self._replace = path
            self._show_error(f"{path.name} exists: press enter again to replace it.")
            return
        typed = url.value.strip() if self._asks_url() else None
        self.dismiss(ExportRequest(self.fmt, path, typed))

    def _unshown(self, path_text: str) -> str:
        """The path typed, with the default folder as it is: the box shows that folder with
        its control characters written out (`shown`), never raw, and it stands for itself."""
        folder = str(self.default_path.parent)
        written_out = shown(folder) + os.sep
        if shown(folder) != folder and path_text.startswith(written_out):
            return os.path.join(folder, path_text[len(written_out) :])
        return path_text

    def _show_error(self, message: str | None) -> None:
        """Show `message` under the path (as plain text), or hide the error line."""
        error = self.query_one("#export-error", Static)
        error.update(Content(shown(message or "")))
        error.set_class(message is not None, "shown")
        if message is None:
            self._replace = None
