"""The figures ledger in the figures pane's place: who gave which number for what.

A heading row per group (what is counted, and whether its sources agree: `✗` where they do
not), then a row per claim: its value, a bar on the group's shared scale, its source and its
text. `enter` on a claim goes to its statement. Cells are `Text`: article text is never markup.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.message import Message

from tui.core.ledger import Claim, Group, value_text
from tui.core.model import Statement
from tui.ui.messages import FigureChosen
from tui.ui.widgets.panes import LEDGER, LinkedTable

CHART_WIDTHS = (12, 30)
"""The fewest and the most cells of a group's chart (and of the heading naming what it counts):
as many as the pane has to spare beside the value and the start of the source."""
BESIDE_CHART = 26
"""Cells the other columns keep: the mark, the value and a few of the source."""
SCALE_ROOM = 1.15
"""The scale runs past the largest bound, so that an open end shows as open."""
MARKS: dict[bool | None, str] = {True: "✓", False: "✗", None: "·"}
VERDICT_STYLES: dict[bool | None, str] = {
    True: "ledger--agree",
    False: "ledger--disagree",
    None: "ledger--single",
}
VERDICTS: dict[bool | None, str] = {True: "agree", False: "DISAGREE", None: "one source"}
SHORT_QUALIFIERS: dict[str, str] = {
    "exact": "",
    "approximate": "≈",
    "estimated": "≈",
    "at_least": "≥",
    "more_than": ">",
    "at_most": "≤",
    "less_than": "<",
}


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """A row of the ledger: a group's heading (`claim` None) or one of its claims."""

    id: str
    group: Group
    top: float
    """The group's scale: the value at the right end of its charts."""
    claim: Claim | None = None


def scale_top(group: Group) -> float:
    """The right end of a group's charts: past its largest finite bound."""
    bounds = [b for claim in group.claims for b in claim.interval[:2] if math.isfinite(b) and b > 0]
    return max(bounds, default=1.0) * SCALE_ROOM


def chart(claim: Claim, top: float, width: int) -> str:
    """One bar on a shared scale from 0 to `top`: a line to the value, ended `┫`; "about" a
    whisker `├─┼─┤` over its ±10%; "at least" an open end `┣╌╌→` to the edge; "up to" a dashed
    line `╌╌┤` (anything up to the value); a range a line to its low end, then `├▒▒┤`."""

    def column(x: float) -> int:
        return max(0, min(width - 1, round(x / top * (width - 1))))

    low, high = claim.interval[:2]
    if claim.qualifier in ("at_most", "less_than"):
        end = column(high)
        return "╌" * end + "┤" + " " * (width - end - 1)
    if claim.qualifier in ("at_least", "more_than"):
        start = column(low)
        return "━" * start + "┣" + "╌" * max(0, width - start - 2) + "→"[: width - start - 1]
    start, end = column(low), column(high)
    cells = list("━" * start + " " * (width - start))
    if start == end:
        cells[end] = "┫"
    elif claim.qualifier in ("approximate", "estimated"):
        cells[start : end + 1] = "├" + "─" * (end - start - 1) + "┤"
        middle = column(claim.value)
        if start < middle < end:
            cells[middle] = "┼"
    else:
        cells[start : end + 1] = "├" + "▒" * (end - start - 1) + "┤"
    return "".join(cells)


def short_value(claim: Claim) -> str:
    """`≈15,000`, `≥10,000`, `200–300`: a claim's value in a narrow column."""
    return SHORT_QUALIFIERS[claim.qualifier] + value_text(claim.value, claim.high, "exact")


class LedgerPane(LinkedTable[LedgerRow]):
    """The ledger: groups of claims that count the same thing, by source, charted."""

    TITLE = "Ledger"
    COLUMNS = ("value", "chart", "source", "text")
    COMPONENT_CLASSES: ClassVar[set[str]] = LinkedTable.COMPONENT_CLASSES | {
        "ledger--heading",
        "ledger--disagree",
        "ledger--agree",
        "ledger--single",
    }

    groups: tuple[Group, ...] = ()
    claims_of: dict[str, tuple[str, ...]]
    """Each statement's claim rows: looked up at each move, in thousands of rows."""
    chart_width = CHART_WIDTHS[0]

    def column_width(self, name: str) -> int | None:
        return self.chart_width if name == "chart" else super().column_width(name)

    def on_resize(self) -> None:
        """The chart as wide as the pane allows: the columns again when it changes."""
        spare = self.scrollable_content_region.width - BESIDE_CHART
        width = max(CHART_WIDTHS[0], min(CHART_WIDTHS[1], spare))
        if width != self.chart_width:
            self.chart_width = width
            self.clear(columns=True)
            self.add_pane_columns()
            if self.filled:  # else filled when shown
                self._fill()

    def read(self) -> None:
        self.groups = LEDGER.of(self.document)
        super().read()
        claims_of: dict[str, list[str]] = {}
        for key, row in self.items.items():
            if row.claim is not None and row.claim.statement is not None:
                claims_of.setdefault(row.claim.statement, []).append(key)
        self.claims_of = {statement: tuple(keys) for statement, keys in claims_of.items()}

    def entries(self) -> Sequence[LedgerRow]:
        rows: list[LedgerRow] = []
        for n, group in enumerate(self.groups, 1):
            top = scale_top(group)
            rows.append(LedgerRow(f"g{n}", group, top))
            rows.extend(
                LedgerRow(f"g{n}.{i}", group, top, claim) for i, claim in enumerate(group.claims, 1)
            )
        return rows

    def cells(self, item: LedgerRow) -> tuple[Text, ...]:
        claim, group = item.claim, item.group
        if claim is None:
            verdict = VERDICT_STYLES[group.agree]
            style = self.get_component_rich_style("ledger--heading", partial=True)
            mark = self.get_component_rich_style(verdict, partial=True)
            return (
                Text(MARKS[group.agree], style=mark, justify="right"),
                Text(group.subject, style=style, overflow="ellipsis", no_wrap=True),
                Text(VERDICTS[group.agree], style=mark),
                Text(f"{group.unit} · scale 0–{item.top / SCALE_ROOM:,.0f}"),
            )
        source = Text(claim.source) if claim.speaker else self.anonymous(claim.source)
        return (
            Text(short_value(claim), justify="right"),
            Text(chart(claim, item.top, self.chart_width)),
            source,
            Text(("derived: " if claim.derived else "") + claim.text),
        )

    def linked(self, statement: Statement) -> tuple[str, ...]:
        return self.claims_of.get(statement.id, ())

    def chosen(self, key: str) -> Message:
        row = self.items[key]
        claim = row.claim or row.group.claims[0]
        return FigureChosen(claim.figure)

    def _fill(self) -> None:
        super()._fill()
        self._retitle()

    def watch_document(self) -> None:
        super().watch_document()
        self._retitle()

    def _retitle(self) -> None:
        """`Ledger 6 · 1 disagree`: how many groups, how many whose sources disagree."""
        disagree = sum(group.agree is False for group in self.groups)
        self.border_title = f"{self.TITLE} {len(self.groups)} · {disagree} disagree"
