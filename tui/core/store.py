"""The annotation YAML: load and validate (errors name file and line), save atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, TypeVar

import yaml

from tui.core import model
from tui.core.errors import InputError
from tui.core.model import Article, Document, Figure, Review, Speaker, Statement
from tui.core.sources import read_article, slug

ANNOTATION_SUFFIX = ".whosaid.yaml"
MAX_ANNOTATION_BYTES = 20 * 1024 * 1024

Path_ = tuple[str | int, ...]
T = TypeVar("T")


def annotation_path(article_path: str | Path) -> Path:
    """`article.txt` -> `article.whosaid.yaml`, beside it."""
    path = Path(article_path)
    return path.with_name(path.stem + ANNOTATION_SUFFIX)


def is_annotation(path: str | Path) -> bool:
    return str(path).endswith(ANNOTATION_SUFFIX) or Path(path).suffix in (".yaml", ".yml")


# --- loading ---------------------------------------------------------------------------------


class _Reader:
    """Turns the parsed YAML into a Document, raising InputError at the offending line."""

    def __init__(self, path: Path, lines: dict[Path_, int]) -> None:
        self.path = path
        self.lines = lines

    def fail(self, where: Path_, problem: str) -> InputError:
        line = None
        while line is None and where:
            line = self.lines.get(where)
            where = where[:-1]
        return InputError(self.path, problem, line if line is not None else self.lines.get(()))

    def mapping(self, value: Any, where: Path_) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"{_name(where)} must be a mapping")
        return value

    def sequence(self, value: Any, where: Path_) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"{_name(where)} must be a list")
        return value

    def string(self, data: dict[str, Any], key: str, where: Path_, *, required: bool) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"{_name(where + (key,))} is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(where + (key,), f"{_name(where + (key,))} must be text")
        return str(value)

    def choice(
        self, data: dict[str, Any], key: str, where: Path_, allowed: tuple[str, ...], default: str
    ) -> Any:
        value = data.get(key, default)
        if value not in allowed:
            raise self.fail(
                where + (key,),
                f"{_name(where + (key,))} is {value!r}; expected one of {', '.join(allowed)}",
            )
        return value

    def span(self, value: Any, where: Path_, size: int, *, required: bool) -> model.Span | None:
        if value is None:
            if required:
                raise self.fail(where, f"{_name(where)} is missing")
            return None
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise self.fail(where, f"{_name(where)} must be [start, end]")
        start, end = value
        if not 0 <= start < end <= size:
            raise self.fail(
                where, f"{_name(where)} [{start}, {end}] is outside the article (0..{size})"
            )
        return (start, end)

    def number(self, value: Any, where: Path_, *, required: bool) -> float | None:
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"{_name(where)} must be a number")
        return float(value)


def _name(where: Path_) -> str:
    parts = [str(p) if isinstance(p, str) else f"[{p}]" for p in where]
    return ".".join(parts).replace(".[", "[") or "the file"


def _lines(node: yaml.Node | None, where: Path_, out: dict[Path_, int]) -> None:
    """Record the 1-based line of every mapping key and list item."""
    if node is None:
        return
    out.setdefault(where, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            out[where + (name,)] = key.start_mark.line + 1
            _lines(value, where + (name,), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            out[where + (index,)] = item.start_mark.line + 1
            _lines(item, where + (index,), out)


def parse_yaml(path: Path, text: str) -> tuple[Any, dict[Path_, int]]:
    """safe_load the text, refusing anchors/aliases (never needed; a denial-of-service vector)."""
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 1
                raise InputError(path, "YAML anchors and aliases are not allowed", line)
        data = yaml.safe_load(text)
        lines: dict[Path_, int] = {}
        _lines(yaml.compose(text, Loader=yaml.SafeLoader), (), lines)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(
            path, f"not valid YAML: {problem}", mark.line + 1 if mark else None
        ) from None
    return data, lines


def load_document(path: str | Path) -> Document:
    """Load an annotation file and the article it points to; validate every field."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not an annotation file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(raw) > MAX_ANNOTATION_BYTES:
        raise InputError(path, f"too large ({len(raw)} bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (bad byte at offset {error.start})") from None
    data, lines = parse_yaml(path, text)
    return document_from_data(data, path, lines)


def document_from_data(
    data: Any, path: Path, lines: dict[Path_, int], article_text: str | None = None
) -> Document:
    """Build and validate a Document from parsed YAML/JSON data."""
    reader = _Reader(path, lines)
    top = reader.mapping(data, ())
    if top.get("schema") != model.SCHEMA:
        raise reader.fail(("schema",), f"schema is {top.get('schema')!r}; expected {model.SCHEMA}")
    article = _article(reader, reader.mapping(top.get("article"), ("article",)), article_text)
    size = len(article.text)
    speakers = tuple(
        _speaker(reader, reader.mapping(item, ("speakers", i)), ("speakers", i), size)
        for i, item in enumerate(reader.sequence(top.get("speakers"), ("speakers",)))
    )
    figures = tuple(
        _figure(reader, reader.mapping(item, ("figures", i)), ("figures", i), size)
        for i, item in enumerate(reader.sequence(top.get("figures"), ("figures",)))
    )
    statements = tuple(
        _statement(reader, reader.mapping(item, ("statements", i)), ("statements", i), size)
        for i, item in enumerate(reader.sequence(top.get("statements"), ("statements",)))
    )
    _check_references(reader, speakers, statements, figures)
    return Document(article, speakers, statements, figures)


def _article(reader: _Reader, data: dict[str, Any], article_text: str | None) -> Article:
    where: Path_ = ("article",)
    file = reader.string(data, "file", where, required=False)
    text = reader.string(data, "text", where, required=False)
    if article_text is not None:
        text = article_text
    elif text is None:
        if file is None:
            raise reader.fail(where, "article has neither `file` nor `text`")
        article_path = reader.path.parent / file
        try:
            text = read_article(article_path).text
        except InputError as error:
            raise reader.fail(where + ("file",), f"article file {file}: {error.problem}") from None
    article = Article(
        id=reader.string(data, "id", where, required=False) or slug(reader.path.stem),
        text=text,
        title=reader.string(data, "title", where, required=False),
        outlet=reader.string(data, "outlet", where, required=False),
        published=reader.string(data, "published", where, required=False),
        url=reader.string(data, "url", where, required=False),
        file=file,
    )
    sha = data.get("sha256")
    if sha is not None and sha != article.sha256:
        raise reader.fail(
            where + ("sha256",), "the article text changed since it was annotated (sha256 differs)"
        )
    return article


def _speaker(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Speaker:
    aliases = reader.sequence(data.get("aliases"), where + ("aliases",))
    mentions = reader.sequence(data.get("mentions"), where + ("mentions",))
    return Speaker(
        id=_required(reader, data, "id", where),
        name=_required(reader, data, "name", where),
        kind=reader.choice(data, "kind", where, model.SPEAKER_KINDS, "unknown"),
        role=reader.string(data, "role", where, required=False),
        named=bool(data.get("named", True)),
        aliases=tuple(str(a) for a in aliases),
        mentions=tuple(
            _known(reader.span(m, where + ("mentions", i), size, required=True))
            for i, m in enumerate(mentions)
        ),
    )


def _statement(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Statement:
    review = data.get("review") or {}
    review_where = where + ("review",)
    reader.mapping(review, review_where)
    figures = reader.sequence(data.get("figures"), where + ("figures",))
    return Statement(
        id=_required(reader, data, "id", where),
        span=_known(reader.span(data.get("span"), where + ("span",), size, required=True)),
        kind=reader.choice(data, "kind", where, model.STATEMENT_KINDS, "indirect"),
        speaker=reader.string(data, "speaker", where, required=False),
        speaker_span=reader.span(
            data.get("speaker_span"), where + ("speaker_span",), size, required=False
        ),
        cue=reader.string(data, "cue", where, required=False),
        cue_span=reader.span(data.get("cue_span"), where + ("cue_span",), size, required=False),
        when=reader.string(data, "when", where, required=False),
        figures=tuple(str(f) for f in figures),
        review=Review(
            status=reader.choice(
                review, "status", review_where, model.REVIEW_STATUSES, "unreviewed"
            ),
            note=reader.string(review, "note", review_where, required=False) or "",
            reviewer=reader.string(review, "reviewer", review_where, required=False),
            updated=reader.string(review, "updated", review_where, required=False),
            corrected=bool(review.get("corrected", False)),
        ),
    )


def _figure(reader: _Reader, data: dict[str, Any], where: Path_, size: int) -> Figure:
    return Figure(
        id=_required(reader, data, "id", where),
        span=_known(reader.span(data.get("span"), where + ("span",), size, required=True)),
        value=_known(reader.number(data.get("value"), where + ("value",), required=True)),
        high=reader.number(data.get("high"), where + ("high",), required=False),
        unit=reader.string(data, "unit", where, required=False),
        subject=reader.string(data, "subject", where, required=False),
        qualifier=reader.choice(data, "qualifier", where, model.QUALIFIERS, "exact"),
        kind=reader.choice(data, "kind", where, model.FIGURE_KINDS, "count"),
        statement=reader.string(data, "statement", where, required=False),
    )


def _required(reader: _Reader, data: dict[str, Any], key: str, where: Path_) -> str:
    value = reader.string(data, key, where, required=True)
    assert value is not None
    return value


def _known(value: T | None) -> T:
    assert value is not None
    return value


def _check_references(
    reader: _Reader,
    speakers: tuple[Speaker, ...],
    statements: tuple[Statement, ...],
    figures: tuple[Figure, ...],
) -> None:
    """Ids are unique, and every reference points at something that exists."""
    for section, items in (
        ("speakers", speakers),
        ("statements", statements),
        ("figures", figures),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                raise reader.fail((section, i, "id"), f"duplicate id {item.id!r} in {section}")
            seen.add(item.id)
    speaker_ids = {s.id for s in speakers}
    figure_ids = {f.id for f in figures}
    statement_ids = {s.id for s in statements}
    for i, statement in enumerate(statements):
        if statement.speaker is not None and statement.speaker not in speaker_ids:
            raise reader.fail(
                ("statements", i, "speaker"), f"unknown speaker {statement.speaker!r}"
            )
        for j, figure_id in enumerate(statement.figures):
            if figure_id not in figure_ids:
                raise reader.fail(("statements", i, "figures", j), f"unknown figure {figure_id!r}")
    for i, figure in enumerate(figures):
        if figure.statement is not None and figure.statement not in statement_ids:
            raise reader.fail(
                ("figures", i, "statement"), f"unknown statement {figure.statement!r}"
            )


# --- saving ----------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, but spans and short lists of numbers on one line: `span: [12, 40]`."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(v, int | float) for v in data) or all(isinstance(v, list) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow and bool(data))


_Dumper.add_representer(list, _represent_list)


def dump_yaml(document: Document) -> str:
    return yaml.dump(
        document.to_dict(include_text=False),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )


def atomic_write(path: Path, content: str, *, keep_backup: bool = False) -> None:
    """Write via a temp file in the same folder, fsync, rename; optionally keep `path.bak`."""
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if keep_backup and path.is_file():
            backup = path.with_name(path.name + ".bak")
            _replace_with_copy(path, backup)
        os.replace(temp_name, path)
        _fsync_dir(path.parent)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _replace_with_copy(source: Path, target: Path) -> None:
    """Atomically make `target` a copy of `source` (source stays in place)."""
    atomic_write(target, source.read_text(encoding="utf-8"))


def _fsync_dir(folder: Path) -> None:
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
