"""The annotation YAML: load and validate (errors name file and line), save atomically."""

from __future__ import annotations

import datetime
import math
import os
import secrets
import stat
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import yaml

from tui.core import model
from tui.core.collector import collector_paused
from tui.core.errors import InputError
from tui.core.extract import extract
from tui.core.model import Article, Document, Figure, Orphan, Review, Speaker, Statement
from tui.core.reanchor import orphans_of, reanchor
from tui.core.sources import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    annotation_path,
    clean_field,
    clean_text,
    decode,
    is_annotation,
    read_article,
    read_limited,
    slug,
)

MAX_ANNOTATION_BYTES = 10 * MAX_ARTICLE_BYTES
"""A review holds the text's statements, speakers and figures: a few times its size."""
MAX_NESTING = 20  # an annotation needs 5 levels; deep nesting only costs time (and stack)

Path_ = tuple[str | int, ...]
T = TypeVar("T")


class ValidationError(InputError):
    """An annotation file with one or more problems; `str()` is the first, `problems` all,
    in the order of their lines."""

    def __init__(self, problems: list[InputError]) -> None:
        problems = sorted(problems, key=lambda p: p.line or 0)
        first = problems[0]
        super().__init__(first.path, first.problem, first.line)
        self.problems = problems


# --- parsing ---------------------------------------------------------------------------------


# libyaml's loader when PyYAML has it (several times faster), else the pure-Python one.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(path: Path, text: str) -> tuple[Any, Lines]:
    """The data (safe types only), and where to find the line of each key and list item in it.

    Anchors and aliases, and deep nesting, are refused before anything is built: never
    needed here, and the way to a billion-laughs bomb or a stack overflow. So are duplicate
    keys. A review as whosaid writes it is built straight from the parser's events, its lines
    found only when a problem is to be reported (`Lines`); anything else is read with every
    node and its line first.
    """
    try:
        try:
            return _plain_data(text), Lines(path, text)
        except _NotPlain:
            pass
        depth = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 1
                raise InputError(path, "YAML anchors and aliases are not allowed", line)
            depth += isinstance(event, yaml.CollectionStartEvent)
            depth -= isinstance(event, yaml.CollectionEndEvent)
            if depth > MAX_NESTING:
                line = event.start_mark.line + 1
                raise InputError(path, f"nested more than {MAX_NESTING} levels deep", line)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
        lines = Lines(path, text, node)
        lines.get(())  # finds every line, and refuses a duplicate key with its line
    except (ValueError, TypeError, AttributeError) as error:  # `2024-13-45`, 5000-digit ints
        raise InputError(path, f"not valid YAML: {str(error).splitlines()[0][:100]}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        line = mark.line + 1 if mark else None
        raise InputError(path, f"not valid YAML: {problem}", line) from None
    return data, lines


_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
"""What an untagged scalar of a review may be: `merge` (`<<`) and `value` (`=`) are not."""


class _NotPlain(Exception):
    """YAML that is more than a review needs: read it with its nodes (`parse_yaml`)."""


_NO_KEY = object()
"""An open mapping's next scalar is a key."""


def _plain_data(text: str) -> Any:
    """The data of one YAML document of mappings with scalar keys, lists and untagged
    scalars, built from the parser's events: the same data a safe loader builds, in half the
    time (no node, no mark kept). Raises _NotPlain at anything else: a tag, an anchor or an
    alias, nesting deeper than MAX_NESTING, a duplicate or non-scalar key, a second document.
    """
    loader = _Loader(text)
    tags: dict[str, str] = {}
    """The tag of each plain scalar's text: most repeat (keys, kinds, statuses)."""
    open_: list[dict[Any, Any] | list[Any]] = []
    keys: list[Any] = []
    """For each open mapping, its key waiting for a value, or _NO_KEY."""
    names: list[set[str]] = []
    """For each open mapping, its keys as written."""
    root: list[Any] = []
    documents = 0
    try:
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.StreamEndEvent:
                break
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _NotPlain
                continue
            if kind is yaml.MappingEndEvent:
                open_.pop()
                keys.pop()
                names.pop()
                continue
            if kind is yaml.SequenceEndEvent:
                open_.pop()
                continue
            if kind is yaml.DocumentEndEvent or kind is yaml.StreamStartEvent:
                continue
            if kind is yaml.AliasEvent or event.anchor is not None or event.tag is not None:
                raise _NotPlain
            written: str | None = None
            if kind is yaml.ScalarEvent:
                written = value = event.value
                if event.implicit[0]:
                    tag = tags.get(written)
                    if tag is None:
                        tag = tags[written] = loader.resolve(
                            yaml.ScalarNode, written, (True, False)
                        )
                    if tag not in _PLAIN_TAGS:
                        raise _NotPlain
                    if tag != _TAG + "str":
                        node = yaml.ScalarNode(tag, written)
                        value = loader.yaml_constructors[tag](loader, node)
            elif len(open_) == MAX_NESTING:
                raise _NotPlain
            else:
                value = {} if kind is yaml.MappingStartEvent else []
            container = open_[-1] if open_ else root
            if type(container) is list:
                container.append(value)
            elif keys[-1] is _NO_KEY:
                if written is None or written in names[-1]:
                    raise _NotPlain
                names[-1].add(written)
                keys[-1] = value
            else:
                container[keys[-1]] = value
                keys[-1] = _NO_KEY
            if written is None:
                open_.append(value)
                if kind is yaml.MappingStartEvent:
                    keys.append(_NO_KEY)
                    names.append(set())
    finally:
        loader.dispose()
    return root[0] if root else None


class Lines:
    """The 1-based line of every mapping key and list item of a parsed file, by its path
    (`("statements", 3, "span")`), found the first time one is asked for (the file parsed
    again, with every node's mark): only a file with a problem to report needs them.
    Finding them refuses a duplicate key."""

    def __init__(self, path: Path, text: str, node: yaml.Node | None = None) -> None:
        self._path = path
        self._text = text
        self._node = node
        self._lines: dict[Path_, int] | None = None

    def get(self, where: Path_, default: int | None = None) -> int | None:
        if self._lines is None:
            if self._node is None:
                loader = _Loader(self._text)
                try:
                    self._node = loader.get_single_node()
                finally:
                    loader.dispose()
            self._lines = {}
            if self._node is not None:
                _lines(self._path, self._node, (), self._lines)
        return self._lines.get(where, default)


def _lines(path: Path, node: yaml.Node, where: Path_, out: dict[Path_, int]) -> None:
    """Record the line of every mapping key and list item; refuse duplicate keys."""
    out.setdefault(where, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            if where + (name,) in out:
                raise InputError(path, f"duplicate key {_shown(name)}", key.start_mark.line + 1)
            out[where + (name,)] = key.start_mark.line + 1
            _lines(path, value, where + (name,), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(path, item, where + (index,), out)


def load_document(path: str | Path) -> Document:
    """Load an annotation file and the article it points to; validate every field.

    Raises InputError for a file that cannot be read or parsed, ValidationError (an
    InputError listing every problem) for one that does not hold a valid Document.
    """
    path = Path(path)
    return document_from_bytes(path, read_limited(path, MAX_ANNOTATION_BYTES, "an annotation file"))


def document_from_bytes(path: Path, data: bytes) -> Document:
    """The Document in an annotation file's bytes (read from `path`): decoded, parsed,
    validated, with the same errors as `load_document`."""
    with collector_paused():
        parsed, lines = parse_yaml(path, decode(path, data).removeprefix("\ufeff"))
        return document_from_data(parsed, path, lines)


# --- validating ------------------------------------------------------------------------------


def _shown(value: Any) -> str:
    """A value from the file, quoted, on one line and cut short: it goes into a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _name(where: Path_) -> str:
    return ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in where).replace(".[", "[")


class _Reader:
    """Turns parsed data into Document parts, collecting a problem (with its line) for every
    bad field and carrying on with a stand-in value, so one pass reports them all."""

    def __init__(self, path: Path, lines: Lines) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[InputError] = []

    def problem(self, where: Path_, problem: str) -> None:
        line, at = None, where
        while line is None and at:
            line = self.lines.get(at)
            at = at[:-1]
        self.problems.append(InputError(self.path, problem, line or self.lines.get((), 1)))

    def mapping(self, value: Any, where: Path_) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.problem(where, f"{_name(where) or 'the file'} must be a mapping")
        return {}

    def sequence(self, value: Any, where: Path_) -> list[Any]:
        if value is None or isinstance(value, list):
            return value or []
        self.problem(where, f"{_name(where)} must be a list")
        return []

    def text(
        self,
        data: dict[str, Any],
        key: str,
        where: Path_,
        clean: Callable[[str], str] = clean_field,
    ) -> str | None:
        """An optional text field."""
        return self._text(data.get(key), where + (key,), clean)

    def _text(
        self, value: Any, where: Path_, clean: Callable[[str], str] = clean_field
    ) -> str | None:
        """Text, or numbers and YAML dates as written (`published: 2024-11-05` is a date).

        Control characters, escape sequences and bidi controls are removed (`clean`): a
        shared file must not be able to drive the terminal, nor make a name read otherwise
        (a name, a note, a role are drawn as they are).
        """
        if value is None:
            return None
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, datetime.datetime | datetime.date):
            return value.isoformat().replace("+00:00", "Z")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.problem(where, f"{_name(where)} must be text")
        return None

    def required(self, data: dict[str, Any], key: str, where: Path_) -> str:
        if data.get(key) is None:
            self.problem(where, f"{_name(where + (key,))} is missing")
        return self.text(data, key, where) or ""

    def texts(self, data: dict[str, Any], key: str, where: Path_) -> tuple[str, ...]:
        items = self.sequence(data.get(key), where + (key,))
        return tuple(self._text(v, where + (key, i)) or "" for i, v in enumerate(items))

    def flag(self, data: dict[str, Any], key: str, where: Path_, default: bool) -> bool:
        value = data.get(key, default)
        if isinstance(value, bool):
            return value
        self.problem(where + (key,), f"{_name(where + (key,))} must be true or false")
        return default

    def choice(
        self, data: dict[str, Any], key: str, where: Path_, allowed: tuple[str, ...], default: str
    ) -> Any:
        value = data.get(key, default)
        if value in allowed:
            return value
        self.problem(
            where + (key,),
            f"{_name(where + (key,))} is {_shown(value)}; expected one of {', '.join(allowed)}",
        )
        return default

    def span(self, data: dict[str, Any], key: str, where: Path_, size: int) -> model.Span | None:
        """An optional `[start, end)` span inside the article."""
        return self._span(data.get(key), where + (key,), size)

    def required_span(self, data: dict[str, Any], key: str, where: Path_, size: int) -> model.Span:
        if data.get(key) is None:
            self.problem(where, f"{_name(where + (key,))} is missing")
        return self.span(data, key, where, size) or (0, 0)

    def _span(self, value: Any, where: Path_, size: int) -> model.Span | None:
        if value is None:
            return None
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            self.problem(where, f"{_name(where)} must be [start, end]")
            return None
        start, end = value
        if not 0 <= start < end <= size:
            self.problem(
                where, f"{_name(where)} [{start}, {end}] is outside the article (0..{size})"
            )
            return None
        return (start, end)

    def spans(
        self, data: dict[str, Any], key: str, where: Path_, size: int
    ) -> tuple[model.Span, ...]:
        items = self.sequence(data.get(key), where + (key,))
        found = (self._span(v, where + (key, i), size) for i, v in enumerate(items))
        return tuple(span for span in found if span is not None)

    def number(self, data: dict[str, Any], key: str, where: Path_) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                number = float(value)
            except OverflowError:  # an int of hundreds of digits
                number = math.inf
            if math.isfinite(number):
                return number
        self.problem(where + (key,), f"{_name(where + (key,))} must be a number")
        return None


def document_from_data(data: Any, path: Path, lines: Lines) -> Document:
    """Build and validate a Document from parsed YAML/JSON data.

    An article with no `text` is read from `file`, relative to `path`'s folder. Raises
    ValidationError listing every problem found.
    """
    reader = _Reader(path, lines)
    top = reader.mapping(data, ())
    if not reader.problems and top.get("schema") != model.SCHEMA:
        reader.problem(
            ("schema",), f"schema is {_shown(top.get('schema'))}; expected {model.SCHEMA}"
        )
    if not reader.problems:
        article = reader.mapping(top.get("article"), ("article",))
    if not reader.problems:
        # Spans are only worth checking against the right text: stop at a bad article.
        article, annotated = _article(reader, article)
    if reader.problems:
        raise ValidationError(reader.problems)
    # The spans index the text as it was annotated; an annotation made before the text was
    # kept in it cannot be placed on a changed article: its reviews become orphans.
    size = len(annotated.text) if annotated is not None else sys.maxsize
    document = Document(
        annotated or article,
        _items(reader, top, "speakers", size, _speaker),
        _items(reader, top, "statements", size, _statement),
        _items(reader, top, "figures", size, _figure),
        _items(reader, top, "orphans", size, _orphan),
    )
    _check_references(reader, document)
    if reader.problems:
        raise ValidationError(reader.problems)
    if annotated is None:
        return replace(
            extract(article), orphans=document.orphans + orphans_of(document, with_text=False)
        )
    if annotated.text != article.text:
        return reanchor(document, article.text)
    return document


def _items(
    reader: _Reader,
    top: dict[str, Any],
    section: str,
    size: int,
    build: Callable[[_Reader, dict[str, Any], Path_, int], T],
) -> tuple[T, ...]:
    items = reader.sequence(top.get(section), (section,))
    return tuple(
        build(reader, reader.mapping(item, (section, i)), (section, i), size)
        for i, item in enumerate(items)
    )


def _article(reader: _Reader, data: dict[str, Any]) -> tuple[Article, Article | None]:
    """The article as it is now, and as it was annotated (None: changed, and not known)."""
    where: Path_ = ("article",)
    file = reader.text(data, "file", where, str)  # a file name as it is: never printed raw
    text = reader.text(data, "text", where, clean_text)  # bidi controls kept: offsets count them
    if text is not None and text != data.get("text"):  # cleaning it would shift every offset
        reader.problem(where + ("text",), "article.text holds control characters")
    named = file
    if file is not None and (refusal := _article_file_refusal(reader.path.parent, file)):
        reader.problem(where + ("file",), refusal)
        file = None
    if text is None and named is None:
        reader.problem(where, "article has neither `file` nor `text`")
    elif text is None and file is not None:
        try:
            text = read_article(reader.path.parent / file).text
        except InputError as error:
            reader.problem(where + ("file",), f"article file {file}: {error.problem}")
    article = Article(
        id=reader.text(data, "id", where) or slug(reader.path.stem.removesuffix(".whosaid")),
        text=text or "",
        title=reader.text(data, "title", where),
        outlet=reader.text(data, "outlet", where),
        published=reader.text(data, "published", where),
        url=reader.text(data, "url", where),
        file=file,
        author=reader.text(data, "author", where),
        language=reader.text(data, "language", where),
    )
    sha = reader.text(data, "sha256", where)
    if text is None or sha is None or sha == article.sha256:
        return article, article
    if data.get("text") is not None:
        reader.problem(where + ("sha256",), "article.text does not match its sha256")
    # The article changed since it was annotated: the review is carried to the new text.
    was = data.get("annotated_text")
    if was is None:
        return article, None
    if not isinstance(was, str) or model.text_sha256(was) != sha:
        reader.problem(
            where + ("annotated_text",), "article.annotated_text does not match its sha256"
        )
    return article, replace(article, text=was if isinstance(was, str) else "")


def _article_file_refusal(folder: Path, file: str) -> str | None:
    """Why an annotation in `folder` must not read `file`, or None when it may.

    `file` names an article in the annotation's folder or below, after following links:
    never an arbitrary file such as `/etc/passwd`, whatever a shared annotation says.
    """
    if Path(file).suffix.lower() not in ARTICLE_SUFFIXES:
        return f"article file {file!r} is not a .txt, .md or .html file"
    rule = "an annotation reads only an article in its own folder or below"
    if Path(file).is_absolute():
        return f"article file {file!r} is an absolute path: {rule}"
    home = folder.resolve()
    if not Path(os.path.normpath(home / file)).is_relative_to(home):
        return f"article file {file!r} is outside the annotation's folder: {rule}"
    if not (home / file).resolve().is_relative_to(home):
        return f"article file {file!r} is a link to a file outside the annotation's folder: {rule}"
    return None


def _speaker(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Speaker:
    return Speaker(
        id=reader.required(data, "id", where),
        name=reader.required(data, "name", where),
        kind=reader.choice(data, "kind", where, model.SPEAKER_KINDS, "unknown"),
        role=reader.text(data, "role", where),
        named=reader.flag(data, "named", where, True),
        aliases=reader.texts(data, "aliases", where),
        mentions=reader.spans(data, "mentions", where, size),
    )


def _statement(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Statement:
    at = where + ("review",)
    review = reader.mapping(data.get("review") or {}, at)
    span = reader.required_span(data, "span", where, size)
    return Statement(
        id=reader.required(data, "id", where),
        span=span,
        kind=reader.choice(data, "kind", where, model.STATEMENT_KINDS, "indirect"),
        act=reader.choice(data, "act", where, model.STATEMENT_ACTS, "speech"),
        parts=_parts(reader, data, where, size, span),
        speaker=reader.text(data, "speaker", where),
        speaker_span=reader.span(data, "speaker_span", where, size),
        cue=reader.text(data, "cue", where),
        cue_span=reader.span(data, "cue_span", where, size),
        when=reader.text(data, "when", where),
        figures=reader.texts(data, "figures", where),
        review=_review(reader, review, at),
    )


def _review(reader: _Reader, review: dict[str, Any], at: Path_) -> Review:
    return Review(
        status=reader.choice(review, "status", at, model.REVIEW_STATUSES, "unreviewed"),
        note=reader.text(review, "note", at) or "",
        reviewer=reader.text(review, "reviewer", at),
        updated=reader.text(review, "updated", at),
        corrected=reader.flag(review, "corrected", at, False),
    )


def _orphan(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Orphan:
    at = where + ("review",)
    return Orphan(
        id=reader.required(data, "id", where),
        text=reader.text(data, "text", where) or "",
        speaker=reader.text(data, "speaker", where),
        review=_review(reader, reader.mapping(data.get("review") or {}, at), at),
    )


def _parts(
    reader: _Reader, data: dict[str, Any], where: Path_, size: int, span: model.Span
) -> tuple[model.Span, ...]:
    """A statement's parts: in order, apart, inside its span; one part that is the whole span
    is no different from none."""
    parts = reader.spans(data, "parts", where, size)
    if not parts or parts == (span,):
        return ()
    ordered = all(a[1] <= b[0] for a, b in zip(parts, parts[1:], strict=False))
    if not ordered or parts[0][0] < span[0] or parts[-1][1] > span[1]:
        at = where + ("parts",)
        reader.problem(at, f"{_name(at)} must lie in order inside the span")
        return ()
    return parts


def _figure(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Figure:
    value = reader.number(data, "value", where)
    if value is None and data.get("value") is None:
        reader.problem(where, f"{_name(where + ('value',))} is missing")
    return Figure(
        id=reader.required(data, "id", where),
        span=reader.required_span(data, "span", where, size),
        value=value or 0.0,
        high=reader.number(data, "high", where),
        unit=reader.text(data, "unit", where),
        subject=reader.text(data, "subject", where),
        qualifier=reader.choice(data, "qualifier", where, model.QUALIFIERS, "exact"),
        kind=reader.choice(data, "kind", where, model.FIGURE_KINDS, "count"),
        statement=reader.text(data, "statement", where),
    )


def _check_references(reader: _Reader, document: Document) -> None:
    """Ids are unique, and every reference points at something that exists."""
    for section in ("speakers", "statements", "figures"):
        seen: set[str] = set()
        for i, item in enumerate(getattr(document, section)):
            if item.id in seen:
                reader.problem((section, i, "id"), f"duplicate id {_shown(item.id)} in {section}")
            seen.add(item.id)
    speaker_ids = {s.id for s in document.speakers}
    figure_ids = {f.id for f in document.figures}
    statement_ids = {s.id for s in document.statements}
    for i, statement in enumerate(document.statements):
        if statement.speaker is not None and statement.speaker not in speaker_ids:
            reader.problem(
                ("statements", i, "speaker"), f"unknown speaker {_shown(statement.speaker)}"
            )
        for j, figure_id in enumerate(statement.figures):
            if figure_id not in figure_ids:
                reader.problem(
                    ("statements", i, "figures", j), f"unknown figure {_shown(figure_id)}"
                )
    for i, figure in enumerate(document.figures):
        if figure.statement is not None and figure.statement not in statement_ids:
            reader.problem(
                ("figures", i, "statement"), f"unknown statement {_shown(figure.statement)}"
            )


# --- saving ----------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, but spans and short lists of numbers on one line: `span: [12, 40]`.

    libyaml's emitter when PyYAML has it: ten times faster on a long article's review.
    """


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(v, int | float) for v in data) or all(isinstance(v, list) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow and bool(data))


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    """Text over several lines (an article's text, a long note) as a literal block."""
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: Document, *, include_text: bool = False) -> str:
    """The annotation YAML; `include_text` puts the article text in (a self-contained file)."""
    return yaml.dump(
        document.to_dict(include_text=include_text),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )


def atomic_write(
    path: Path, content: str | bytes, *, keep_backup: bool = False, mode_of: Path | None = None
) -> None:
    """Replace `path` in one step (temp file in the same folder, fsync, rename). On failure an
    OSError is raised and `path` is left as it was.

    `keep_backup` first copies the previous version to `path.bak` (best effort: a backup that
    can't be written never stops the save). A new file takes the mode of `mode_of` when given
    (a review's backup and conflict files are as private as the review), else the umask's.
    A symbolic link to a file stays a link: the file it leads to is replaced (`link_target`).
    """
    path = link_target(Path(path))
    data = content.encode("utf-8") if isinstance(content, str) else content
    if keep_backup and path.is_file():
        try:
            _write_new(path.with_name(path.name + ".bak"), path.read_bytes(), mode_of=path)
        except OSError:
            pass
    _write_new(path, data, mode_of=mode_of)


def link_target(path: Path) -> Path:
    """The file a review at `path` is: `path`, or when it is a symbolic link (to a link...) to
    a regular file, that file. A link that leads nowhere, or not to a file, is `path` itself:
    replacing it never creates a file where a link planted in a shared folder points."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return path
    return target if target.is_file() else path


WRITTEN_INTO = "a terminal, a pipe or a FIFO"
"""What an output may be besides a file: what whosaid writes into, never replaces."""


def write_output(path: Path, content: str) -> None:
    """Write an output the user named (`-o OUT`, an export).

    A regular file, or a new one, is replaced atomically (`atomic_write`). A character device
    (`/dev/null`, a terminal) or a FIFO is written into: replacing it would put a file where
    the device was. A symbolic link is refused, since writing through it would change a file
    the user did not name (a link planted in a shared folder); only a link that leads to a
    device, a pipe, or an open file under /dev or /proc (`/dev/stdout`) is written into.
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    if info is None or stat.S_ISREG(info.st_mode):
        atomic_write(path, content)
        return
    if stat.S_ISLNK(info.st_mode):
        follow = 0
        refusal = _link_refusal(path)
    else:
        follow = os.O_NOFOLLOW
        refusal = _kind_refusal(info.st_mode)
    if refusal is not None:
        raise InputError(path, refusal)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY | follow)
    with os.fdopen(fd, "wb") as out:
        out.write(content.encode("utf-8"))


def _kind_refusal(mode: int) -> str | None:
    """Why something that is not a regular file may not be written into, or None."""
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder: give a file name"
    return f"is neither a file nor {WRITTEN_INTO}: give a file name"


def _link_refusal(path: Path) -> str | None:
    """Why a symbolic link may not be written through, or None."""
    refusal = "is a symbolic link: give the file it points to, or another name"
    try:
        mode = path.stat().st_mode
    except OSError:  # dangling, or a loop
        return refusal
    if stat.S_ISREG(mode):  # /dev/stdout of `whosaid ... -o /dev/stdout > file` is one
        return None if path.absolute().parts[1:2] in (("dev",), ("proc",)) else refusal
    return refusal if stat.S_ISDIR(mode) else _kind_refusal(mode)


def _write_new(path: Path, data: bytes, mode_of: Path | None = None) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        like = path if path.is_file() else mode_of  # an existing file keeps its mode
        if like is not None and like.is_file():
            os.chmod(temp, like.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not every platform or file system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_document(document: Document, path: str | Path, *, keep_backup: bool = True) -> None:
    """Write the annotation YAML atomically, keeping the previous version as `.bak`."""
    atomic_write(Path(path), dump_yaml(document), keep_backup=keep_backup)


def open_document(path: str | Path) -> tuple[Document, Path]:
    """The Document for an article or an annotation file, and the annotation file it lives in.

    An article with an annotation beside it resumes that review; one without is extracted.
    """
    path = Path(path)
    if is_annotation(path):
        return load_document(path), path
    annotation = annotation_path(path)
    if annotation.exists():
        return load_document(annotation), annotation
    return extract(read_article(path)), annotation
