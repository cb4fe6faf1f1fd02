"""The makers the extraction uses for its values (`new_statement`, `new_figure`,
`new_speaker`) give the same values as the dataclasses themselves: same class, fields,
defaults, equality, hash, frozen."""

import dataclasses
import pickle

import pytest

from tui.core.model import Figure, Speaker, Statement, new_figure, new_speaker, new_statement


def _same(made: object, built: object) -> None:
    assert type(made) is type(built)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert pickle.loads(pickle.dumps(made)) == built
    assert dataclasses.replace(made) == built  # type: ignore[type-var]


def test_new_statement_is_a_statement() -> None:
    made = new_statement("st-1", (4, 20), "indirect", "lee", (0, 3), "said", (4, 8), act="thought")
    _same(
        made, Statement("st-1", (4, 20), "indirect", "lee", (0, 3), "said", (4, 8), act="thought")
    )
    assert made.figures == () and made.review.status == "unreviewed" and made.parts == ()


def test_new_figure_is_a_figure() -> None:
    made = new_figure("fg-2", (7, 12), 40.0, unit="percent", kind="percent")
    _same(made, Figure("fg-2", (7, 12), 40.0, unit="percent", kind="percent"))
    assert made.qualifier == "exact" and made.statement is None


def test_new_speaker_is_a_speaker() -> None:
    made = new_speaker(id="ann-lee", name="Ann Lee", role="mayor", mentions=((0, 7),))
    _same(made, Speaker(id="ann-lee", name="Ann Lee", role="mayor", mentions=((0, 7),)))
    assert made.kind == "person" and made.named and made.aliases == ()


def test_made_values_stay_frozen() -> None:
    made = new_statement("st-1", (0, 5), "direct")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "mixed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        new_figure("fg-1", (0, 2))  # `value` has no default, as in Figure
