"""Review 24 on briefs pages: an ordinary story (one dateline, a crosshead, a pull quote's
holder, a bullet list, a government's report, a lower-case slip after a name) reads as it did
before briefs pages were read item by item; the briefs pages themselves still end their items.
Invented sentences only."""

import pytest
from extraction_helpers import named, story_statements

from tui.core.statements.furniture import item_ends


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # a dateline and a crosshead
            "HALIFAX — Mayor Ann Vale defended the transit budget on Tuesday.\n\n"
            "“We have done the work,” Vale told reporters.\n\nCouncil divided\n\n"
            "Several councillors questioned the plan.\n\n"
            "The mayor said the plan would be reviewed in the spring.\n\n"
            "She added that bus routes would be expanded.",
            "Ann Vale",
        ),
        (  # a dateline and the page's own line
            "TORONTO — Police Chief Ann Vale asked the board for more money on Monday.\n\n"
            "ADVERTISEMENT\n\nThe chief said overtime costs had doubled.\n\n"
            "She added that recruiting was slow.",
            "Ann Vale",
        ),
        (  # a dateline, a crosshead and the wire's credit closing the story
            "REGINA — Minister Omar Pell tabled the farm bill on Monday.\n\nWhat comes next\n\n"
            "Farmers were divided.\n\nThe minister said the bill would pass by June.\n\n"
            "— The Canadian Press",
            "Omar Pell",
        ),
        (  # the credit line, then the wire's one closing note
            "OTTAWA — Minister Omar Pell tabled the farm bill on Monday.\n\nWhat comes next\n\n"
            "Farmers were divided.\n\nThe minister said the bill would pass by June.\n\n"
            "— The Canadian Press\n\n"
            "This report by The Canadian Press was first published Dec. 7, 2026.\n",
            "Omar Pell",
        ),
        (  # a pull quote's holder after a dash
            "Premier Doug Reid unveiled a housing plan on Monday.\n\n"
            "“We cannot wait any longer.”\n\n— Premier Doug Reid\n\n"
            "Critics said the plan was too small. The premier said he would meet builders.\n\n"
            "He said rents would fall.",
            "Doug Reid",
        ),
        (  # a bullet list of capitalised items
            "The offer is not enough, union president Carla Dunn said on Friday.\n\n"
            "The offer included:\n\n- Two per cent raises\n\n- New Parking Rules\n\n"
            "The union president said talks would resume.\n\nShe said a strike vote is possible.",
            "Carla Dunn",
        ),
    ],
)
def test_an_ordinary_story_still_gives_its_later_words_to_the_named_holder(body: str, name: str):
    assert story_statements(body)[-1][1] == name


@pytest.mark.parametrize(
    "page",
    [
        "HALIFAX — Ann Lee said the ferry would run.\n\nFerry delayed\n\nIt ran late.\n",
        "OSLO — Ann Lee said the ferry would run.\n\nADVERTISEMENT\n\nShe said so.\n",
        "Ann Lee said it would run.\n\n“We are ready.”\n\n— Premier Ann Lee\n\nShe said so.\n",
        "Ann Lee said it would run.\n\n- New Parking Rules\n\n- Two Bus Lanes\n\nShe said so.\n",
    ],
)
def test_one_dateline_a_crosshead_a_pull_quote_or_a_bullet_ends_no_item(page: str):
    assert item_ends(page) == []


@pytest.mark.parametrize(
    ("page", "count"),
    [  # near misses: pages of items still end each (after some prose)
        ("Briefs\n\nHALDEN — Ann Lee said it ran.\n\nORTON — A library opened.\n", 1),
        ("Ann Lee said it ran.\n\n— The Canadian Press\n\nBus fares\n\nFares rose.\n", 1),
        ("Ann Lee said it ran.\n\n-- CBC News\n\nFares rose.\n\nTrain news\n\nIt ran.\n", 2),
        ("Ann Lee said it ran.\n\n— Reuters\n\nFares rose.\n", 1),
        ("Briefs\n\nHALDEN — Ann Lee said it ran.\n\nElsewhere:\n\nFares rose.\n", 1),
        ("Ann Lee said it ran.\n\nIn brief:\n\nFares rose.\n\nTrain news\n\nIt ran.\n", 2),
    ],
)
def test_a_page_of_items_still_ends_them(page: str, count: int):
    assert len(item_ends(page)) == count


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a report that is the government's, not the page's
        (
            "This is a revised report from the auditor, and it shows spending rose, Vale said.",
            "Vale",
        ),
        (
            "A previous version of this report was leaked to reporters, the opposition said.",
            "the opposition",
        ),
        ("A prior version of this report omitted the costs, Ann Vale said.", "Ann Vale"),
    ],
)
def test_a_report_that_is_no_page_still_speaks(text: str, speaker: str):
    assert [name for _, name, _ in named(text)] == [speaker]


@pytest.mark.parametrize(
    "note",
    [  # near misses: the wire's own notes
        "This is a revised story.",
        "A prior version of this article gave the wrong date.",
        "An earlier version of this report misstated the mayor's title.",
    ],
)
def test_the_wires_own_notes_are_still_no_statements(note: str):
    text = f"Ann Lee said the ferry would run again in May.\n\n{note}"
    assert [content for content, _, _ in named(text)] == ["the ferry would run again in May"]


@pytest.mark.parametrize(
    "text",
    [
        "Demand fell, said the firm's chief economist, Ann Vale. she added that rates were high.",
        "Sales rose, said the bank's senior analyst, Omar Pell. he expects more gains.",
    ],
)
def test_a_lower_case_slip_after_a_described_name_keeps_the_name(text: str):
    assert named(text)[0][1] in {"Ann Vale", "Omar Pell"}


def test_a_company_suffix_before_a_lower_case_word_still_is_no_speaker():
    text = "According to a court filing, Brisk Foods Corp. paid its fines late."
    assert named(text)[0][1:] != ("Brisk Foods Corp", "According to")
