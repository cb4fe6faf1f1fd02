"""How fast hostile input is read: the cases of the tests, timed at two sizes.

Markdown and HTML markers that never close, YAML nested thousands of levels deep, and one
endless sentence of cues: a reader that backtracks takes quadratic time on them. For each case
it prints the seconds at one size and at twice that size, and their ratio (about 2 when the
time is linear, about 4 when it is quadratic). A case misses its goal when it is slower than
the goal's seconds or its ratio is above 3; the exit status is 1 if any case missed.

The cases are built by the tests' own helpers (tests/test_sources.py, tests/test_store.py,
tests/test_extract_properties.py), so the tests check what is read and this times it. Needs
only a clone with whosaid installed (`pip install -e ".[test]"`).

usage: python bench/hostile_input_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_extract_properties import ENDLESS_UNITS, endless_sentence  # noqa: E402
from test_sources import hostile_html, hostile_markdown  # noqa: E402
from test_store import deeply_nested  # noqa: E402

from tui.core.errors import InputError  # noqa: E402
from tui.core.extract import extract  # noqa: E402
from tui.core.markdown_reader import parse_markdown  # noqa: E402
from tui.core.model import Article  # noqa: E402
from tui.core.page_reader import read_page  # noqa: E402
from tui.core.sources import parse_html  # noqa: E402
from tui.core.store import load_document  # noqa: E402

MAX_RATIO = 3.0  # twice the input may cost up to three times the time, not four


def best_seconds(step: Callable[[], object], runs: int) -> float:
    """The fastest CPU seconds of `runs` runs of `step` (CPU time: other load does not count)."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        step()
        best = min(best, time.process_time() - started)
    return best


def refuse_yaml(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deep.whosaid.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_document(path)
        except InputError:
            return
    raise AssertionError("deeply nested YAML was accepted")


def extract_text(text: str) -> None:
    extract(Article(id="bench", text=text))


def cases(size: int) -> list[tuple[str, Callable[[], object]]]:
    """(name, step) for each hostile input of one size; `size` scales every case alike."""
    found: list[tuple[str, Callable[[], object]]] = []
    for source in hostile_markdown(100 * size):
        found.append((f"markdown {source[:8]!r}", lambda s=source: parse_markdown(s)))
    for source in hostile_html(100 * size):
        found.append((f"html {source[:10]!r}", lambda s=source: parse_html(s)))
    for source in hostile_html(100 * size):  # the page reader: trafilatura, then the own one
        found.append((f"page {source[:10]!r}", lambda s=source: read_page(s)))
    found.append(("yaml nested", lambda: refuse_yaml(deeply_nested(5 * size))))
    for unit in ENDLESS_UNITS:
        text = endless_sentence(unit, 3 * size // 2)
        found.append((f"sentence {unit[:16]!r}", lambda t=text: extract_text(t)))
    return found


# Goals in seconds at the base size, by the first word of a case's name.
GOALS = {"markdown": 2.0, "html": 3.0, "page": 3.0, "yaml": 2.0, "sentence": 2.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs, the best is kept")
    args = parser.parse_args()

    base = 1000  # 100,000 markdown and HTML units, depth 5,000, 1,500 sentence units
    missed = 0
    print(f"{'case':34} {'base s':>8} {'2x s':>8} {'ratio':>6}  goal")
    for (name, step), (_, double) in zip(cases(base), cases(2 * base), strict=True):
        step()  # warm-up
        seconds = best_seconds(step, args.runs)
        doubled = best_seconds(double, args.runs)
        measurable = seconds > 0.001  # below a millisecond the ratio is noise
        ratio = f"{doubled / seconds:6.2f}" if measurable else f"{'-':>6}"
        goal = GOALS[name.split()[0]]
        ok = seconds < goal and (not measurable or doubled / seconds <= MAX_RATIO)
        missed += not ok
        verdict = "ok" if ok else "MISSED"
        print(f"{name:34} {seconds:8.3f} {doubled:8.3f} {ratio}  <{goal:.0f} s: {verdict}")
    print(f"{missed} case(s) missed the goal" if missed else "every case met its goal")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
