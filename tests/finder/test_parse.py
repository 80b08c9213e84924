"""Reading plain descriptions: regions, sides, symptoms, typos, negation and bad input."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from triggerpoint.errors import InvalidQuery, UnknownRegion
from triggerpoint.finder import build_query, parse_region_spec
from triggerpoint.finder.build import lexicon_for
from triggerpoint.finder.words import words
from triggerpoint.knowledge import KnowledgeBase


def marks(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    return [(m.region, m.side) for m in lexicon_for(kb).parse(text).marks]


def test_regions_and_sides_from_plain_words(kb: KnowledgeBase) -> None:
    found = marks(kb, "pain in my right temple and behind the right eye")
    assert found == [("temple", "right"), ("behind-the-eye", "right")]


def test_side_after_the_region_and_on_the_left(kb: KnowledgeBase) -> None:
    assert marks(kb, "my forehead aches, mostly on the left") == [("forehead", "left")]


def test_chained_regions_share_a_side(kb: KnowledgeBase) -> None:
    assert marks(kb, "left jaw angle and cheek") == [("jaw-angle", "left"), ("cheek", "left")]


def test_one_side_named_in_the_text_applies_to_the_rest(kb: KnowledgeBase) -> None:
    found = marks(kb, "My right shoulder blade aches. The back of my neck is stiff too.")
    assert ("back-of-neck", "right") in found


def test_two_sides_named_leave_an_unsided_region_open(kb: KnowledgeBase) -> None:
    found = marks(kb, "left temple, right ear. Also my tailbone. And the back of my neck")
    assert ("tailbone", "midline") in found
    assert ("back-of-neck", "either") in found


def test_both_sides(kb: KnowledgeBase) -> None:
    assert marks(kb, "both temples") == [("temple", "both")]


def test_plurals_possessives_and_case(kb: KnowledgeBase) -> None:
    assert marks(kb, "My SHOULDER BLADES ache")[0][0] == "shoulder-blade"


def test_typos_are_corrected(kb: KnowledgeBase) -> None:
    assert marks(kb, "pain in my rigth temlpe")[0] == ("temple", "right")
    assert marks(kb, "right forhead")[0] == ("forehead", "right")


def test_broad_words_keep_their_member_regions(kb: KnowledgeBase) -> None:
    mark = lexicon_for(kb).parse("my left knee").marks[0]
    assert mark.side == "left" and {mark.region, *mark.alternatives} >= {
        "front-of-knee",
        "back-of-knee",
        "inner-knee",
        "outer-knee",
    }


def test_symptoms_are_read_and_negations_respected(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("temple pain and I feel dizzy, but no numbness")
    assert "dizziness" in parsed.symptoms
    assert "numbness" not in parsed.symptoms
    assert parsed.negated


def test_negated_region_is_not_marked(kb: KnowledgeBase) -> None:
    found = marks(kb, "pain in my right temple, not in my jaw")
    assert [r for r, _ in found] == ["temple"]


def test_unknown_words_are_reported_with_suggestions(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("right temple and my zorblax")
    assert [u.text for u in parsed.unresolved] == ["zorblax"]


def test_intensity_in_text(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("right temple 7/10")
    assert parsed.marks[0].intensity == 7


@pytest.mark.parametrize(
    "text", ["17/10/24 c/o R heel pain 6/10", "seen 03/10/2024, right heel 6/10"])
def test_a_date_is_no_intensity(kb: KnowledgeBase, text: str) -> None:
    parsed = lexicon_for(kb).parse(text)
    assert [m.intensity for m in parsed.marks] == [6]


def test_intensity_out_of_range_in_text(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="outside 0-10"):
        lexicon_for(kb).parse("right temple 12/10")


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_text_is_refused(kb: KnowledgeBase, text: str) -> None:
    with pytest.raises(InvalidQuery, match="empty"):
        build_query(kb, text=text)


def test_only_unknown_words_is_refused_with_hints(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="No body region found"):
        build_query(kb, text="blorp zorp")


def test_very_long_text_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="10,000 characters"):
        build_query(kb, text="a" * 10_000)


def test_region_spec(kb: KnowledgeBase) -> None:
    mark = parse_region_spec("Temple:R=6", kb)
    assert (mark.region, mark.side, mark.intensity) == ("temple", "right", 6)
    assert parse_region_spec("sacrum", kb).side == "midline"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("temple:right=11", "outside 0-10"),
        ("temple:right=-1", "outside 0-10"),
        ("temple=lots", "not a number"),
        ("temple:up", "Unknown side"),
        ("sacrum:left", "midline"),
        ("temple:midline", "left and a right"),
    ],
)
def test_bad_region_specs(kb: KnowledgeBase, spec: str, message: str) -> None:
    with pytest.raises(InvalidQuery, match=message):
        parse_region_spec(spec, kb)


def test_unknown_region_spec_suggests(kb: KnowledgeBase) -> None:
    with pytest.raises(UnknownRegion) as caught:
        parse_region_spec("tempel:left", kb)
    assert "temple" in caught.value.suggestions


def test_confirm_and_deny_the_same_muscle_is_contradictory(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="both confirmed and denied"):
        build_query(kb, text="temple", confirm=["upper trapezius"], deny=["upper-trapezius"])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_parser_never_crashes_on_any_text(text: str) -> None:
    kb = KnowledgeBase.load()
    try:
        parsed = lexicon_for(kb).parse(text)
    except InvalidQuery:
        return
    for mark in parsed.marks:
        assert mark.region in kb.atlas.regions
        assert mark.side in ("left", "right", "both", "midline", "either")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(KnowledgeBase.load().atlas.regions)), min_size=1, max_size=4),
    st.sampled_from(["left", "right"]),
)
def test_every_region_name_is_read_back(regions: list[str], side: str) -> None:
    # "cheek and upper buttock" (or "... sacrum and cheek") is read as the buttock's cheek on
    # purpose (docs/finder.md): every region the word list's 'cheek' sense names
    assume(not ("cheek" in regions and any(r in words().senses["cheek"] for r in regions)))
    # "between the toes" beside the thumb is the thumb's web space on purpose, too
    assume(not ("between-toes" in regions and any("thumb" in r or r == "index-finger"
                                                  for r in regions)))
    kb = KnowledgeBase.load()
    names = [kb.atlas.regions[r].name.lower() for r in regions]
    parsed = lexicon_for(kb).parse(f"pain in my {side} " + " and ".join(names))
    assert [m.region for m in parsed.marks] == regions
    assert all(m.side in (side, "midline") for m in parsed.marks)


def test_the_back_after_a_place_qualifies_it(kb: KnowledgeBase) -> None:
    found = marks(kb, "a band around my left wrist, mostly on the back")
    assert found == [("back-of-wrist", "left")]


def test_my_back_is_still_the_back(kb: KnowledgeBase) -> None:
    mark = lexicon_for(kb).parse("pain in my back").marks[0]
    assert {mark.region, *mark.alternatives} >= {"low-back", "mid-back"}


def test_a_side_qualifier_places_the_spot_in_both_regions(kb: KnowledgeBase) -> None:
    mark = lexicon_for(kb).parse("the back of my right wrist on the little-finger side").marks[0]
    assert (mark.region, mark.within) == ("little-finger-side-of-wrist", ("back-of-wrist",))


def test_inner_point_of_the_elbow(kb: KnowledgeBase) -> None:
    assert marks(kb, "the inner bony point of my left elbow") == [("inner-elbow", "left")]


def test_coordinated_fingers(kb: KnowledgeBase) -> None:
    found = [r for r, _ in marks(kb, "the palm side of my ring and little fingers")]
    assert found == ["ring-finger", "little-finger"]


def test_a_named_condition_marks_its_place(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("I have tennis elbow on the right")
    assert parsed.conditions == ["tennis-elbow"]
    assert [(m.region, m.side) for m in parsed.marks] == [("outer-elbow", "right")]


def test_a_place_named_only_as_a_test_is_not_pain(kb: KnowledgeBase) -> None:
    found = marks(kb, "pain down my right thigh, but my back scan was clear")
    assert all(r not in ("low-back", "mid-back") for r, _ in found)


def test_common_words_are_not_corrected_into_body_words(kb: KnowledgeBase) -> None:
    found = [r for r, _ in marks(kb, "left heel, reaching forward; I check it daily")]
    assert found == ["heel"]


def test_right_as_an_intensifier_is_not_a_side(kb: KnowledgeBase) -> None:
    assert marks(kb, "pain right on my tailbone and left heel")[0] == ("tailbone", "midline")
    assert marks(kb, "it hurts right under my left heel") == [("heel", "left")]


def test_bottom_of_a_place_is_a_qualifier(kb: KnowledgeBase) -> None:
    assert [r for r, _ in marks(kb, "at the bottom of my spine")] == ["low-back"]


def test_places_named_as_movements_are_context(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my right shoulder hurts when I lift my arm or turn my head")
    assert [m.region for m in parsed.marks][0] in ("top-of-shoulder", "side-of-shoulder")
    assert len(parsed.marks) == 1
    assert parsed.context == ["arm", "head"]


def test_a_broad_word_gives_way_to_a_precise_place(kb: KnowledgeBase) -> None:
    found = [r for r, _ in marks(kb, "a headache from the base of my skull to behind my eye")]
    assert found == ["base-of-skull", "behind-the-eye"]


# -- read in context: one case per line, (description, places read as (region, side)) --------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clinical shorthand
        ("Pt c/o R lateral elbow pain", [("outer-elbow", "right")]),
        ("L volar wrist pain w/ tingling", [("front-of-wrist", "left")]),
        ("TTP bilat upper traps", [("top-of-shoulder", "both")]),
        ("c/o pain over L SIJ", [("sacroiliac", "left")]),
        ("R dorsal forearm ache", [("back-of-forearm", "right")]),
        # numbered fingers and toes
        ("my 4th and 5th fingers ache", [("ring-finger", "either"), ("little-finger", "either")]),
        ("pain in the right 2nd toe", [("small-toes", "right")]),
        # sense from neighbours
        ("the bottom of my left foot burns", [("sole", "left")]),
        ("a deep ache in my left butt cheek", [("buttock", "left")]),
        ("it hurts right here, at the top of my left shoulder", [("top-of-shoulder", "left")]),
        # activities, gear and postures are not places that hurt
        ("after chin-ups the inside of my right elbow aches", [("inner-elbow", "right")]),
        ("wearing heels all day, now the ball of my left foot aches", [("ball-of-foot", "left")]),
        ("sitting on my wallet, my right buttock aches", [("buttock", "right")]),
        # places said not to hurt
        ("my left temple throbs but my jaw is fine", [("temple", "left")]),
        ("outer right hip aches, my knee doesn't hurt", [("outer-hip", "right")]),
    ],
)
def test_places_are_read_in_context(
    kb: KnowledgeBase, text: str, expected: list[tuple[str, str]]
) -> None:
    assert marks(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("my right shoulder aches after chin-ups", ["chin ups"]),
        ("carrying my toddler on my left hip, my low back aches", ["hip"]),
        ("wearing heels gives my calves cramps", ["heels"]),
    ],
)
def test_places_in_activities_are_context(kb: KnowledgeBase, text: str, context: list[str]) -> None:
    assert lexicon_for(kb).parse(text).context == context


def test_a_place_said_fine_is_noted_as_absent(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("pain in my right forearm, my wrist is fine")
    assert [m.region for m in parsed.marks] == ["back-of-forearm"] or parsed.marks[0].alternatives
    assert parsed.negated == ["wrist"]


@pytest.mark.parametrize(
    "text",
    ["honestly my temple hurts lol", "my temple hurts at work, tbh", "ugh right temple again idk"],
)
def test_filler_words_are_not_reported(kb: KnowledgeBase, text: str) -> None:
    assert lexicon_for(kb).parse(text).unresolved == []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("right temple and my zorblax", "zorblax"),
        ("a thrumbing ache in my temple and the glorp pain", "glorp"),
        ("left temple and some scaphoiditis", "scaphoiditis"),
    ],
)
def test_unknown_place_or_symptom_words_are_reported(
    kb: KnowledgeBase, text: str, reported: str
) -> None:
    assert reported in [u.text for u in lexicon_for(kb).parse(text).unresolved]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after another place and 'under', 'beside'... is its landmark
        ("an ache in the ball of my right foot under the big toe", [("ball-of-foot", "right")]),
        ("ache below my left shoulder blade beside the spine", [("shoulder-blade", "left")]),
        ("pain in my neck and under my left jaw", [("back-of-neck", "left"), ("jaw", "left")]),
        # 'barely hurts', and two places said fine together
        ("my low back barely hurts but my right buttock aches", [("buttock", "right")]),
        ("the right heel aches; my toes and my ankle are fine", [("heel", "right")]),
        # the pain as the subject of a movement verb is not an activity
        ("the pain sits on the outer point of my left elbow", [("outer-elbow", "left")]),
        # a condition named with its place is narrowed like a place
        ("L posterior knee pain", [("back-of-knee", "left")]),
        # facet words listed together
        ("front and back of my R knee", [("front-of-knee", "right"), ("back-of-knee", "right")]),
        ("inner and outer elbow on the left", [("inner-elbow", "left"), ("outer-elbow", "left")]),
        ("pain in my left heel, back and bottom", [("heel", "left")]),
        ("pain in my bottom and lower back", [("buttock", "either"), ("low-back", "either")]),
        # a part of a place whose id does not follow the pattern
        ("the base of my left thumb, on the back side", [("back-of-thumb-base", "left")]),
    ],
)
def test_landmarks_fine_places_and_narrowed_conditions(
    kb: KnowledgeBase, text: str, expected: list[tuple[str, str]]
) -> None:
    assert marks(kb, text) == expected
