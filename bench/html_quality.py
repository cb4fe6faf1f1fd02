"""How well the article's main text is read out of saved news pages: word-bag F1 against the
text the page was made from, and how many statements come from the page's furniture.

The pages are generated here: each news text of the gold file (../shared/gold, else the
articles of data/, read at run time) is laid out in one of several page templates with the
furniture real news pages carry:
navigation, cookie banners, share bars, photos with captions and credits, related and
most-read links (inside the body too), adverts, newsletter promotions, author boxes, comment
threads with their policy, footers with link lists; and one plain page with none. Every piece
of furniture is invented here. The score is the one public article-extraction benchmarks use:
precision and recall of the bag of words (lower case) against the original text, F1 per page,
averaged over pages. A "furniture statement" is one whose text is not in the original.

Readers compared: whosaid before (its own HTML reader, `sources.parse_html`), trafilatura
alone (`trafilatura.extract`), and whosaid now (`page_reader.read_page`: trafilatura, its own
reader as the fallback).

usage: python bench/html_quality.py [GOLD.jsonl] [--pages N]
"""

from __future__ import annotations

import argparse
import html
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura
from extract_speed import news_texts

from tui.core.extract import extract
from tui.core.model import Article
from tui.core.page_reader import read_page
from tui.core.sources import clean_text, parse_html

_WORD = re.compile(r"\w+")

NAV = ["Home", "News", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Video"]
RELATED = [
    "Mayor says budget cuts will hit schools first",
    "Council votes to close two libraries, officials said",
    "What we know about the storm so far",
    "Opinion: why the bridge should never have been built",
    "Police say missing hiker found safe after three days",
    "Analysts warn of slower growth next year",
]
CAPTIONS = [
    "Protesters gather outside the ministry on Monday. Photo: Staff photographer / Agency",
    "The minister speaks to reporters in the capital. (Reuters-style credit / Pool)",
    "A view of the harbour at dawn. Image: Getty-style credit",
]
COMMENTS = [
    '"Never trust the numbers," my father said, and he was right.',
    "Great reporting, as always. Keep it up!",
    "The council said the same thing last year and nothing happened.",
    "Does anyone know when the road reopens?",
]
FOOTER_LINKS = ["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use"]


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def nav() -> str:
    items = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in NAV)
    return f'<nav class="main-nav"><ul>{items}</ul></nav>'


def related(rng: random.Random, heading: str = "Related") -> str:
    items = "".join(
        f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(rng.sample(RELATED, 3))
    )
    return f'<div class="related-links"><h3>{heading}</h3><ul>{items}</ul></div>'


def caption(rng: random.Random) -> str:
    return (
        '<figure class="photo"><img src="/p.jpg" alt="photo">'
        f"<figcaption>{rng.choice(CAPTIONS)}</figcaption></figure>"
    )


def comments(rng: random.Random) -> str:
    items = "".join(
        f'<div class="comment"><span class="user">reader{i}</span><p>{c}</p></div>'
        for i, c in enumerate(rng.sample(COMMENTS, 3))
    )
    return (
        '<section id="comments" class="comments"><h2>Comments</h2>'
        '<p class="policy">We encourage all readers to keep the conversation civil; comments '
        f"are moderated and may take a few minutes to appear.</p>{items}</section>"
    )


def footer() -> str:
    links = " | ".join(f'<a href="/{i}">{w}</a>' for i, w in enumerate(FOOTER_LINKS))
    return (
        f'<footer class="site-footer"><p>{links}</p><p>Follow us on Facebook, X and '
        "Instagram. Sign up for our morning newsletter.</p><p>© 2025 The Example Post. All "
        "rights reserved.</p></footer>"
    )


COOKIE = (
    '<div id="cookie-banner" class="consent"><p>We and our partners use cookies to personalise '
    "content and ads and to analyse our traffic. By clicking Accept you agree.</p>"
    "<button>Accept</button><button>Manage preferences</button></div>"
)
SHARE = '<ul class="share-tools"><li>Share</li><li>Adjust</li><li>Comment</li><li>Print</li></ul>'
PROMO = (
    '<div class="newsletter-promo"><p>"The best five minutes of my morning," says one reader. '
    'Get our newsletter free every weekday.</p><a href="/signup">Sign up</a></div>'
)
AD = '<div class="ad-slot">Advertisement</div>'


def head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The '
        'Example Post</title><meta property="og:site_name" content="The Example Post">'
        '<meta property="article:published_time" content="2025-01-15T09:00:00Z">'
        '<script>var dataLayer = [{"section": "news"}];</script></head>'
    )


def page(layout: int, title: str, paras: list[str], rng: random.Random) -> str:
    """A news page of one of six layouts around the title and paragraphs (HTML-escaped)."""
    t = html.escape(title)
    ps = [html.escape(p) for p in paras]
    body = "".join(f"<p>{p}</p>" for p in ps)
    mid = len(ps) // 2
    if layout == 0:  # semantic markup
        inner = (
            f"<header>{nav()}</header><main><article><h1>{t}</h1>{SHARE}{caption(rng)}{body}"
            f"</article><aside>{related(rng)}</aside></main>{comments(rng)}{footer()}"
        )
    elif layout == 1:  # div soup, paragraphs as divs
        divs = "".join(f'<div class="para">{p}</div>' for p in ps)
        inner = (
            f'<div class="wrapper"><div class="top-menu">{nav()}</div><div class="content">'
            f'<div class="headline"><span>{t}</span></div><div class="story-text">{divs}</div>'
            f"{related(rng, 'More stories')}</div>{comments(rng)}{footer()}</div>"
        )
    elif layout == 2:  # related links and a caption inside the body
        inside = "".join(f"<p>{p}</p>" for p in ps[:mid]) + related(rng) + caption(rng)
        inside += '<p class="read-more"><a href="/x">READ MORE: Ministers to meet again</a></p>'
        inside += "".join(f"<p>{p}</p>" for p in ps[mid:])
        inner = (
            f'{nav()}<div class="article-body" itemprop="articleBody"><h1>{t}</h1>{SHARE}'
            f"{inside}</div>{footer()}"
        )
    elif layout == 3:  # cookie banner, promotion inside the body, author box
        inside = "".join(f"<p>{p}</p>" for p in ps[:mid]) + PROMO
        inside += "".join(f"<p>{p}</p>" for p in ps[mid:])
        inner = (
            f'{COOKIE}<header>{nav()}</header><article class="story"><h1>{t}</h1>{inside}'
            '<div class="author-bio"><p>Sam Example covers politics and has written for the '
            "Post since 2015. Follow Sam on social media.</p></div></article>"
            f"{comments(rng)}{footer()}"
        )
    elif layout == 4:  # adverts every three paragraphs, a most-read list
        inside = "".join(f"<p>{p}</p>" + (AD if i % 3 == 2 else "") for i, p in enumerate(ps))
        inner = (
            f'<header>{nav()}</header><div class="main"><h1 class="title">{t}</h1>'
            f'<div class="entry-content">{inside}</div></div>'
            f"{related(rng, 'Most read')}{footer()}"
        )
    else:  # a plain page with nothing but the article
        inner = f"<h1>{t}</h1>{body}"
    return f"{head(t)}<body>{inner}</body></html>"


def bag(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def scores(found: str, truth: str) -> tuple[float, float, float]:
    """Word-bag precision, recall and F1 of `found` against `truth`."""
    got, want = bag(found), bag(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def furniture_statements(text: str, truth: str) -> tuple[int, int]:
    """(statements whose text is not in the original, all statements) found in `text`."""
    document = extract(Article(id="page", text=clean_text(text)))
    plain = " ".join(truth.split())
    said = [" ".join(document.text_of(s.span).split()) for s in document.statements]
    return sum(s not in plain for s in said), len(said)


def trafilatura_alone(source: str) -> str:
    return trafilatura.extract(source, include_comments=False, include_tables=True) or ""


READERS: dict[str, Callable[[str], str]] = {
    "whosaid before (own reader)": lambda source: parse_html(source).text,
    "trafilatura alone": trafilatura_alone,
    "whosaid now (trafilatura + own)": lambda source: read_page(source).text,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="?", type=Path, help="JSON Lines of texts (default: see above)"
    )
    parser.add_argument("--pages", type=int, default=0, help="at most N pages (default: all)")
    args = parser.parse_args()
    texts, source = news_texts(args.gold)
    print(f"texts: {source}")
    if args.pages:
        texts = texts[: args.pages]
    rng = random.Random(13)
    pages: list[tuple[str, str]] = []  # (page, the original text)
    for index, text in enumerate(texts):
        paras = paragraphs_of(text)
        title, body = (
            (paras[0], paras[1:])
            if len(paras) > 1 and len(paras[0]) < 150
            else (
                f"Story {index}",
                paras,
            )
        )
        pages.append((page(index % 6, title, body, rng), "\n".join([title, *body])))
    print(f"{len(pages)} generated news pages, six layouts\n")
    print(f"{'reader':34} {'F1':>6} {'P':>6} {'R':>6}  furniture statements   seconds")
    for name, read in READERS.items():
        results = []
        furniture = total = 0
        started = time.perf_counter()
        found_texts = [read(source) for source, _ in pages]
        seconds = time.perf_counter() - started
        for found, (_, truth) in zip(found_texts, pages, strict=True):
            results.append(scores(found, truth))
            bad, count = furniture_statements(found, truth)
            furniture += bad
            total += count
        p, r, f = (sum(x[i] for x in results) / len(results) for i in range(3))
        share = f"{furniture}/{total} ({furniture / max(total, 1):.1%})"
        print(f"{name:34} {f:6.3f} {p:6.3f} {r:6.3f}  {share:>20}   {seconds:7.2f}")


if __name__ == "__main__":
    main()
