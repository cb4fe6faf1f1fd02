"""How long a review key takes to be durable on disk, and how long opening a long review takes.

The reader runs headless (Textual's Pilot) on a ~1 MB article (news texts of ../shared/gold
when present, else the articles of the repository's data/, repeated) and on the sample article. For
`v`, `a` + text + `ctrl+s` and `s` + a name + `enter`, the time from sending the key to its
action fsynced in the review log (when the append returns), and the key's whole handling as
`Pilot.press` waits for it, repaint included (Pilot's own cost, a key bound to nothing, is
printed too). Then the time to open the 1 MB article's review with a 3,000-action log (the
YAML read and validated, the log replayed), and to rewrite the YAML from it (what the
background worker does).

usage: python bench/review.py [--mb SIZE] [--keys N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from extract_speed import build_article, news_texts
from textual.pilot import Pilot

from tui.core import reviewlog
from tui.core.extract import extract
from tui.core.reviewlog import ReviewLog, fold, log_path
from tui.core.sources import read_article
from tui.core.store import load_document, save_document
from tui.ui.app import ReaderApp

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = DATA / "kursk-north-korea.txt"


def long_article(folder: Path, size_mb: float) -> Path:
    """`size_mb` of news in `folder`, with its annotation file (extracted): the article's path."""
    text = build_article(news_texts(None)[0], size_mb)
    article = folder / "long.txt"
    article.write_text(text, encoding="utf-8")
    save_document(extract(read_article(article)), folder / "long.whosaid.yaml")
    return article


def sample_article(folder: Path) -> Path:
    for source in (SAMPLE, DATA / "kursk-north-korea.whosaid.yaml"):
        (folder / source.name).write_bytes(source.read_bytes())
    return folder / SAMPLE.name


def figures(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) > 1 else ms[0]
    return (
        f"  {name:<22} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ms)})"
    )


def appends_timed() -> list[float]:
    """The moments each append to a review log returned (flushed and fsynced)."""
    moments: list[float] = []
    append = reviewlog._append

    def timed(fd: int, actions: list[reviewlog.Action]) -> int:
        size = append(fd, actions)
        moments.append(time.perf_counter())
        return size

    reviewlog._append = timed
    return moments


async def timed_keys(article: Path, count: int) -> None:
    annotation = article.with_name(article.stem + ".whosaid.yaml")
    app = ReaderApp(load_document(annotation), annotation_path=annotation, reviewer="bench")
    appended = appends_timed()
    handled: dict[str, list[float]] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()

        async def durable(step: Callable[[Pilot[None]], Awaitable[None]]) -> float:
            """Seconds from the last key of `step` to its action fsynced in the log."""
            before = len(appended)
            started = time.perf_counter()
            await step(pilot)
            handled.setdefault(step.__name__, []).append(time.perf_counter() - started)
            assert len(appended) == before + 1, "the key made no action"
            return appended[-1] - started

        idle = []
        for _ in range(count):
            started = time.perf_counter()
            await pilot.press("f12")  # bound to nothing: Pilot's own cost
            idle.append(time.perf_counter() - started)
        verdicts, notes, speakers = [], [], []
        for n in range(count):
            # On the sample's 17 statements, disputed and verified in turn; else a new one.
            verdict = "v" if len(app.document.statements) > 2 * count else "vd"[n % 2]

            async def v(p: Pilot[None], key: str = verdict) -> None:
                await p.press(key)

            async def ctrl_s(p: Pilot[None]) -> None:
                await p.press("ctrl+s")

            async def enter(p: Pilot[None]) -> None:
                await p.press("enter")

            verdicts.append(await durable(v))
            await pilot.press("a", *f"note {n}")
            notes.append(await durable(ctrl_s))
            await pilot.press("s", *("Bench Reader" if n % 2 else "Bench Writer"))
            speakers.append(await durable(enter))
            if verdict == "v":
                await pilot.press("j")
    print("  key to fsynced in the log:")
    print(figures("v", verdicts))
    print(figures("a + text + ctrl+s", notes))
    print(figures("s + name + enter", speakers))
    print("  key to handled, repaint included (Pilot.press):")
    print(figures("Pilot's own cost", idle))
    for (name, seconds), label in zip(handled.items(), ("v", "ctrl+s", "enter"), strict=True):
        assert name in ("v", "ctrl_s", "enter")
        print(figures(label, seconds))


def opening(article: Path, actions: int) -> None:
    annotation = article.with_name(article.stem + ".whosaid.yaml")
    log_path(annotation).unlink(missing_ok=True)
    review = ReviewLog.open(load_document(annotation), annotation, "bench")
    ids = [s.id for s in review.document.statements]
    rng = random.Random(7)
    verdicts = ("verified", "disputed", "unverifiable")
    for n in range(actions):
        statement = review.document.statements[rng.randrange(len(ids))]
        if n % 3:  # a verdict the statement does not have: always a change
            others = [v for v in verdicts if v != statement.review.status]
            review.set_status(statement.id, rng.choice(others))
        else:
            review.set_note(statement.id, f"note {n}")
    started, cpu = time.perf_counter(), time.process_time()
    document = load_document(annotation)
    loaded = time.perf_counter()
    reopened = ReviewLog.open(document, annotation, "bench")
    done = time.perf_counter()
    cpu = time.process_time() - cpu
    assert reopened.document == review.document
    print(
        f"  open with a {len(reopened.actions):,}-action log: {done - started:.2f} s "
        f"(CPU {cpu:.2f} s; YAML read and checked {loaded - started:.2f} s, "
        f"log replayed {done - loaded:.2f} s)"
    )
    started = time.perf_counter()
    fold(annotation, reopened.document, reopened.offset)
    print(
        f"  YAML rewritten from the log (the worker's job): {time.perf_counter() - started:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the long article")
    parser.add_argument("--keys", type=int, default=40, help="times each key is timed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        long = long_article(Path(folder), args.mb)
        size = long.stat().st_size / 1_000_000
        statements = len(load_document(long.with_name("long.whosaid.yaml")).statements)
        source = news_texts(None)[1]
        print(f"long article: {size:.2f} MB from {source}, {statements:,} statements")
        asyncio.run(timed_keys(long, args.keys))
        opening(long, 3000)
    with tempfile.TemporaryDirectory() as folder:
        print("sample article: 17 statements")
        asyncio.run(timed_keys(sample_article(Path(folder)), args.keys))


if __name__ == "__main__":
    main()
