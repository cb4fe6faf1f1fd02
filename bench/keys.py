"""How long the reader takes to show a long article, and each moving key to its repainted frame.

The reader runs headless (Textual's Pilot) on the ~1 MB article of `bench/review.py`. The
first frame: from making the app to its first screen drawn. A key: from sending it to the
last frame drawn before the reader is idle again (the screen's compositor refresh; Textual
draws at most 60 frames a second, so up to 17 ms of it is waiting for the next frame), and
the CPU time this process spent meanwhile (the machine may be busy: CPU time is what the
reader itself costs). `Pilot.press`, which also waits for the reader to be idle (at least
two 20 ms sleeps: a key bound to nothing is printed too), is printed beside them. Keys: `j`/`k`,
`tab`, each letter typed in the search box and `enter` on a match. Then the process's peak
memory (RSS).

usage: python bench/keys.py [--mb SIZE] [--keys N]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from review import long_article
from textual.pilot import Pilot
from textual.screen import Screen

from tui.core.store import load_document
from tui.ui.app import ReaderApp

frames: list[float] = []
"""When each frame was drawn (perf_counter)."""


def count_frames() -> None:
    """Note the moment each screen refresh (a frame, composited) is done."""
    refresh = Screen._compositor_refresh

    def timed(screen: Screen[object]) -> None:
        refresh(screen)
        frames.append(time.perf_counter())

    Screen._compositor_refresh = timed  # type: ignore[method-assign]


@dataclass
class Timings:
    """One key's timings, over its presses."""

    frame: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    press: list[float] = field(default_factory=list)

    def print(self, name: str) -> None:
        def ms(seconds: list[float]) -> str:
            p95 = statistics.quantiles(seconds, n=20)[18] if len(seconds) > 1 else seconds[0]
            return f"{statistics.median(seconds) * 1000:6.1f} {p95 * 1000:6.1f}"

        print(
            f"  {name:<18} {ms(self.frame)}  {ms(self.cpu)}  {ms(self.press)}  {len(self.frame):4}"
        )


async def timed(pilot: Pilot[None], timings: Timings, key: str) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    await pilot.press(key)
    timings.press.append(time.perf_counter() - started)
    timings.cpu.append(time.process_time() - cpu)
    drawn = [moment for moment in frames if moment > started]
    timings.frame.append((drawn[-1] if drawn else started) - started)


async def keys(annotation: Path, count: int) -> None:
    document = load_document(annotation)
    count_frames()
    started, cpu = time.perf_counter(), time.process_time()
    app = ReaderApp(document, annotation_path=annotation, reviewer="bench")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        first = frames[0] - started if frames else float("nan")
        print(
            f"  first frame: {first:.2f} s (CPU {time.process_time() - cpu:.2f} s until idle,"
            f" {time.perf_counter() - started:.2f} s)"
        )
        idle, steps, panes, letters, matches = (Timings() for _ in range(5))
        for _ in range(count):
            await timed(pilot, idle, "f12")
        for n in range(count):
            await timed(pilot, steps, "j" if n % 4 < 2 else "k")
        for _ in range(count):
            await timed(pilot, panes, "tab")
        await pilot.press("escape")
        for n in range(count):
            await pilot.press("slash")
            for letter in ("said", "told", "would")[n % 3]:
                await timed(pilot, letters, letter)
            await timed(pilot, matches, "enter")
    print(f"  {'ms, median p95':<18} {'to frame':>13}  {'CPU':>13}  {'Pilot.press':>13}  {'n':>4}")
    idle.print("f12 (no binding)")
    steps.print("j / k")
    panes.print("tab")
    letters.print("a letter searched")
    matches.print("enter on a match")


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
