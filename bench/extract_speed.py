"""How fast `extract()` reads a long article, and how much memory it takes at its peak.

The article is ~1 MB of real news, concatenated until the size is reached: the PolNeAR dev
texts of ../shared/gold when they are beside the clone, else the articles in the repository's
data/ (so a clone alone runs it). Prints MB/s of the whole extract and of the figures step alone, by
CPU time of this process (one core, whatever else the machine runs) and by wall-clock time,
then the peak memory (tracemalloc, in a separate run so it does not slow the timing).

usage: python bench/extract_speed.py [GOLD.jsonl] [--mb SIZE] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from tui.core.extract import extract
from tui.core.figures import find_figures
from tui.core.model import Article
from tui.core.sources import read_article

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "polnear-dev.jsonl"
DATA = Path(__file__).resolve().parents[1] / "data"


def news_texts(gold: Path | None) -> tuple[list[str], str]:
    """The texts to time and where they are from: `gold` (a JSON Lines file with a `text` per
    line) if given, else the default gold when it exists, else the articles of data/."""
    if gold is None and GOLD.is_file():
        gold = GOLD
    if gold is not None:
        with gold.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in lines if line.strip()], str(gold)
    articles = sorted(DATA.glob("*.txt"))
    return [read_article(path).text for path in articles], f"{DATA} ({len(articles)} articles)"


def build_article(texts: list[str], size_mb: float) -> str:
    """News texts joined by blank lines, repeated until `size_mb` megabytes (of UTF-8)."""
    target = int(size_mb * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts)


def best_seconds(step: Callable[[], object], runs: int) -> tuple[float, float]:
    """The fastest (CPU, wall-clock) seconds of `runs` runs of `step`."""
    cpu = wall = float("inf")
    for _ in range(runs):
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        step()
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started_wall)
    return cpu, wall


def report(name: str, megabytes: float, seconds: tuple[float, float], runs: int) -> None:
    cpu, wall = seconds
    print(
        f"{name}: {megabytes / cpu:.2f} MB/s by CPU time ({cpu:.2f} s), "
        f"{megabytes / wall:.2f} MB/s by wall clock ({wall:.2f} s), best of {runs}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="?", type=Path, help="JSON Lines of texts (default: see above)"
    )
    parser.add_argument("--mb", type=float, default=1.0, help="article size in MB (default 1)")
    parser.add_argument("--runs", type=int, default=2, help="timed runs, the best is kept")
    args = parser.parse_args(argv)

    texts, source = news_texts(args.gold)
    text = build_article(texts, args.mb)
    article = Article(id="bench", text=text)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    document = extract(article)  # warm-up, and the counts
    print(
        f"article: {megabytes:.2f} MB, {len(text):,} characters of {source}; found "
        f"{len(document.statements):,} statements, {len(document.speakers):,} speakers, "
        f"{len(document.figures):,} figures"
    )

    report("extract", megabytes, best_seconds(lambda: extract(article), args.runs), args.runs)
    report("figures", megabytes, best_seconds(lambda: find_figures(text), args.runs), args.runs)

    tracemalloc.start()
    extract(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of extract: {peak / 1_000_000:.1f} MB (tracemalloc)")


if __name__ == "__main__":
    main()
