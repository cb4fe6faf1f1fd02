"""How long the reader takes to show a long article, and each moving key to its repainted frame.

The reader runs headless (Textual's Pilot) on the ~1 MB article of `bench/review.py`. The
first frame: from making the app to the app mounted and drawn. A key: `Pilot.press`, which
returns once the key is handled and the screen updated (Pilot's own cost, a key bound to
nothing, is printed too) for `j`/`k`, `tab`, each letter typed in the search box, and `enter`
on a match. Then the process's peak memory (RSS).

usage: python bench/keys.py [--mb SIZE] [--keys N]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
from pathlib import Path

from review import figures, long_article
from textual.pilot import Pilot

from tui.core.store import load_document
from tui.ui.app import ReaderApp


async def timed(pilot: Pilot[None], *keys: str) -> float:
    started = time.perf_counter()
    await pilot.press(*keys)
    return time.perf_counter() - started


async def keys(annotation: Path, count: int) -> None:
    document = load_document(annotation)
    started = time.perf_counter()
    app = ReaderApp(document, annotation_path=annotation, reviewer="bench")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        print(f"  first frame: {time.perf_counter() - started:.2f} s")
        idle = [await timed(pilot, "f12") for _ in range(count)]
        steps = [await timed(pilot, "j" if n % 4 < 2 else "k") for n in range(count)]
        panes = [await timed(pilot, "tab") for _ in range(count)]
        await pilot.press("escape")
        letters, matches = [], []
        for n in range(count):
            await pilot.press("slash")
            for letter in ("said", "told", "would")[n % 3]:
                letters.append(await timed(pilot, letter))
            matches.append(await timed(pilot, "enter"))
    print(figures("Pilot's own cost", idle))
    print(figures("j / k", steps))
    print(figures("tab", panes))
    print(figures("a letter searched", letters))
    print(figures("enter on a match", matches))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the long article")
    parser.add_argument("--keys", type=int, default=30, help="times each key is timed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        article = long_article(Path(folder), args.mb)
        print(f"long article: {article.stat().st_size / 1_000_000:.2f} MB")
        asyncio.run(keys(article.with_name("long.whosaid.yaml"), args.keys))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"  peak memory (RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
