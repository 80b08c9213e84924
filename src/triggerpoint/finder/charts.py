"""Stage 0 of reading a description: a pain drawing's export read as words.

Pain-drawing apps and forms export what was marked as JSON, as a table (commas, semicolons,
tabs), as ``key: value | ...`` rows or as a list with ticks and boxes. Each is read into one
line per marked place ("R back of throat 6/10"): places with no score, a zero, "no" or an
empty box are left out, the chart's views are no places, notes are kept as text. Plain
descriptions pass through unchanged.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from triggerpoint.finder.words import words

__all__ = ["read_chart", "read_chart_labels", "read_export"]

#: Column and key names of an export: the place, its side, how much it hurts (or whether it was
#: marked), the view; and the keys of notes worth reading as text.
_PLACE_KEYS: Final = frozenset(
    "region area zone part where location site place body_part bodypart region_name spot "
    "point body part body_area pain_area body_region pain_site pain_location".split()) | {
    "body part", "region name"}
_SIDE_KEYS: Final = frozenset({"side", "laterality", "l/r"})
_VALUE_KEYS: Final = frozenset(
    "intensity pain level score severity rating marked nrs vas value type intensity_0_10 "
    "pain_level pain_score".split())
_META_KEYS: Final = frozenset(
    "view body_view views drawn_by date time id version name patient source app #".split())
_NOTE_KEYS: Final = frozenset({"other", "notes", "note", "comment", "comments", "remarks"})
#: Keys that name a row of any kind: a place when the row also says how much it hurts.
_LABEL_KEYS: Final = frozenset({"name", "label", "title", "id", "code", "region_id"})
#: Values that say a place was not marked.
_BLANK: Final = frozenset({"", "0", "0/10", "no", "n", "none", "-", "--", "null", "false",
                           "nil", "n/a", "na", "not marked", "unmarked", "\u2014", "\u2013",
                           "no marks", "blank", "not filled in"})
_YES: Final = frozenset({"yes", "y", "x", "true", "1", "marked", "\u2713", "\u2714"})


def _without_symbols(value: str) -> str:
    """A cell's value without the emoji or symbols that colour it ('\u26aa 0' is '0'), folded."""
    if not value.isascii():
        value = "".join(ch for ch in value if unicodedata.category(ch) != "So")
    return value.strip(" ()").casefold()
_SIDE_NAMES: Final = {"l": "L", "left": "L", "lt": "L", "r": "R", "right": "R", "rt": "R",
                      "both": "both", "b": "both", "bilateral": "both", "b/l": "both"}


@dataclass(frozen=True)
class _Row:
    place: str
    side: str = ""
    value: str | None = None
    has_value: bool = False

    @property
    def marked(self) -> bool:
        if not self.place.strip():
            return False
        return not (self.has_value and _without_symbols(self.value or "") in _BLANK)

    def words(self) -> str:
        value = (self.value or "").strip()
        if value.casefold() in _YES:
            value = ""
        elif value.split()[:1] and value.split()[0].casefold() in _YES:
            value = value.split(maxsplit=1)[1]  # "X (light)": marked, lightly
        elif re.fullmatch(r"\d+(?:\.\d+)?", value) and float(value) <= 10:
            value = f"{value}/10"
        return " ".join(p for p in (self.side, _unfold_code(self.place.strip()), value) if p)


#: A chart's code for a place, the part first and its facets after ('head-back-upper',
#: 'eye-behind', 'scalp-side'): read as words ('upper back of the head', 'behind the eye').
_CODE: Final = re.compile(r"[a-z]+(?:[-_][a-z]+)+")
_CODE_FACETS: Final = frozenset({"back", "front", "upper", "lower", "side", "inner", "outer",
                                 "top", "bottom", "mid", "middle", "left", "right", "behind",
                                 "above", "below", "under", "base", "tip", "edge", "rear"})
_CODE_PREPOSITIONS: Final = frozenset({"behind", "above", "below", "under"})


def _unfold_code(place: str) -> str:
    if not _CODE.fullmatch(place.casefold()):
        return place
    part, *facets = re.split(r"[-_]", place.casefold())
    if not facets or part in _CODE_FACETS or not all(f in _CODE_FACETS for f in facets):
        return place.replace("-", " ").replace("_", " ")
    if facets[-1] in _CODE_PREPOSITIONS:
        return " ".join([*reversed(facets[:-1]), facets[-1], "the", part])
    return " ".join([facets[0], "of the", part, *facets[1:]])  # "back of the head upper"


def read_chart(text: str) -> str:
    """A drawing's export, then its labels, as words (see the module)."""
    if "<" in text:
        text = _TAG.sub(_tag_words, text)
    if "=" in text or ":" in text or "(x" in text.casefold():
        text = _COORDINATES.sub(" ", text)
    if "\u00b7" in text:  # items parted by middle dots ("· 31 'lower buttock fold' 5 ·")
        text = text.replace("\u00b7", ";")
    if "\n" in text and _DASH_LINE.search(text):
        text = _unstack(text)
    if "clock" in text.casefold():
        text = _CLOCK_KEY.sub("", text)
    if _STARS.search(text):
        text = _STARS.sub(_stars_score, text)
    if "\u2022" in text or "\u25cf" in text:
        text = _DOTS.sub(lambda m: f" {len(m.group(1))}", text)  # 'thumb L •••': a score of 3
    if _DIGIT.search(text) and sum(
            bool(_SCORED_ITEM.search(item)) for item in _ITEM.findall(text)) >= 2:
        text = _ITEM.sub(lambda item: _ZERO_ITEM.sub(r"\1 fine", item.group(0)), text)
        text = _DEEP_AFTER.sub(r"deep \1", text)
    return read_chart_labels(read_export(text))


#: A line of dashes alone, between the items of a drawing written one word per line.
_DASH_LINE: Final = re.compile(r"(?m)^[ \t]*-{2,}[ \t]*$")


def _unstack(text: str) -> str:
    """A drawing written one word per line, its items parted by a line of dashes ('elbow /
    outer / left / 6 / -- / hand / back / ...'): each item on a line of its own ('elbow outer
    left 6'). Left as it is unless most lines of the items are single words."""
    blocks = [[line.strip() for line in block.splitlines() if line.strip()]
              for block in _DASH_LINE.split(text)]
    lines = [line for block in blocks for line in block]
    if len(blocks) < 2 or sum(len(line.split()) == 1 for line in lines) < 0.75 * len(lines):
        return text
    return "\n".join(" ".join(block) for block in blocks if block)


#: A clock face's key ('clock ref: front view, 12 = toward hip, 3 = outer side of knee'): how
#: to read the hours, no place that hurts.
_CLOCK_KEY: Final = re.compile(
    r"\bclock[ \t]*(?:ref(?:erence)?|key|legend|face)\b[ \t]*[:=-][^\n|;]*", re.IGNORECASE)
#: A rating in stars ('\u2605\u2605\u2605\u2606\u2606'): the filled ones of all, as a score out of
#: ten.
_STARS: Final = re.compile("[\u2605\u2606\u2729\u2b50\u272d\u272e\u272f]{2,}")
_FILLED_STARS: Final = frozenset("\u2605\u2b50\u272d\u272e\u272f")
#: A score told in dots at the end of an item ('neck ••', 'shoulder L •••'): one to five
#: bullets before a semicolon, a comma, a line's end or the text's end.
_DOTS: Final = re.compile(r"\s*([\u2022\u25cf]{1,5})(?=\s*(?:[;\n,]|$))")


def _stars_score(found: re.Match[str]) -> str:
    """'\u2605\u2605\u2605\u2606\u2606' -> ' 6/10', '\u2606\u2606\u2606\u2606\u2606' -> ' 0/10'."""
    stars = found.group(0)
    filled = sum(ch in _FILLED_STARS for ch in stars)
    return f" {round(10 * filled / len(stars))}/10"


#: The groin with "deep" after its comma, as a drawing's items add it ("L groin, deep, just below
#: the crease 7/10"): the deep groin, a sign of its own (elsewhere "deep" changes no place).
_DEEP_AFTER: Final = re.compile(r"\b(groin),[ \t]*deep\b", re.IGNORECASE)
_DIGIT: Final = re.compile(r"\d")
#: An item of a drawing: a line, or a part of one between semicolons or bars.
_ITEM: Final = re.compile(r"[^\n;|]+")
#: An item that ends in a score out of ten or five, a percentage, a number in brackets or after
#: a dash or colon, or a number from 0 to 10 after a word ('L deep buttock 6').
_SCORED_ITEM: Final = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:/\s*(?:10|5)\b|%|out of (?:10|5)\b)|[-:(\[]\s*\d+(?:\.\d+)?\s*[)\]]?"
    r"|[a-z]\s+(?:10|\d)(?:\.\d)?)\s*$", re.IGNORECASE)
#: Such an item scored zero ('L toes 0/10', 'L knee (0)', 'groin - 0', 'L low back 0'): the
#: place is fine, not marked (only in a text of two scored items or more: a drawing, not a
#: sentence).
_ZERO_ITEM: Final = re.compile(
    r"^([ \t]*\S.*?)[ \t]*(?:[-\u2013:=,]|\.{2,}|\u2026|\(|\[)?[ \t]*(?<![\d./])0(?:\.0)?[ \t]*"
    r"(?:/[ \t]*(?:10|5)\b|%|out of (?:10|5)\b)?[ \t]*[)\]]?[ \t]*$", re.IGNORECASE)


#: Where a mark sits on the chart ('(x=0.39, y=0.05)', 'x: 212 y: 188', '@ x=120,y=340'): no
#: words (the 'x' is no cross, the 'y' no yes).
#: (In brackets the sign may be left out: '(x 0.88, y 0.71)', '(x .46 y .52)'.)
_COORDINATES: Final = re.compile(
    r"[(@]?[ \t]*\bx[ \t]*[=:][ \t]*-?\d+(?:\.\d+)?[ \t]*[,;/]?[ \t]*\by[ \t]*[=:][ \t]*"
    r"-?\d+(?:\.\d+)?[ \t]*\)?"
    r"|\([ \t]*x[ \t]*[=:]?[ \t]*-?(?:\d+(?:\.\d+)?|\.\d+)[ \t]*[,;/]?[ \t]*"
    r"y[ \t]*[=:]?[ \t]*-?(?:\d+(?:\.\d+)?|\.\d+)[ \t]*\)", re.IGNORECASE)


#: A markup tag ('<circle cx="212" cy="188" r="14" data-region="..."/>'), and the attributes of
#: one that only draw it: where, how big, what colour. Their values are no words ('r="14"' is a
#: radius, not the right side).
_TAG: Final = re.compile(r"<[^<>]*>")
_GEOMETRY: Final = re.compile(
    r"\b(?:cx|cy|r|rx|ry|x|y|x1|y1|x2|y2|dx|dy|width|height|d|points|transform|viewbox|fill|"
    r"stroke|stroke-width|opacity|fill-opacity|style|class|xmlns(?::\w+)?|font-size)\s*=\s*"
    r"(?:\"[^\"]*\"|'[^']*'|[^\s>/]+)", re.IGNORECASE)


def _tag_words(tag: re.Match[str]) -> str:
    """A tag that marks a place ('<g region="heel" side="left" intensity="0"/>', '<li
    data-loc="outer thigh" data-lat="R" data-nrs="5">', '<region id="chest-upper" lat="R"
    nrs="5"/>') as that place's row: its words, or nothing when its score says it was not
    marked; any other tag without the attributes that only draw it."""
    text = tag.group(0)
    name = _TAG_NAME.match(text)
    attrs: dict[str, str] = {}
    for key, double, single in _ATTRIBUTE.findall(text):
        key = _key(key.casefold().removeprefix("data-").replace("-", "_"))
        attrs[_ATTRIBUTE_NAMES.get(key, key)] = double or single
    place = next((k for k in attrs if _is(k, _PLACE_KEYS)), None)
    if place is None and name is not None and name.group(1).casefold() in _PLACE_TAGS:
        place = "id" if "id" in attrs else None
    if place is None:
        return _GEOMETRY.sub("", text)
    value = next((k for k in attrs if _is(k, _VALUE_KEYS)), None)
    side = next((_side_of(v) for k, v in attrs.items() if _is(k, _SIDE_KEYS)), "")
    row = _Row(attrs[place], side, attrs[value] if value else None, value is not None)
    notes = [v for k, v in attrs.items() if k in _TAG_NOTES and v.strip()]
    return "\n" + "; ".join([row.words(), *notes]) + "\n" if row.marked else "\n"


_TAG_NAME: Final = re.compile(r"<\s*([A-Za-z][\w-]*)")
_ATTRIBUTE: Final = re.compile(r"([A-Za-z_][\w:.-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
#: Attribute names cut short: 'loc' is the place, 'lat' the side (laterality).
_ATTRIBUTE_NAMES: Final = {"loc": "location", "lat": "side"}
#: Tags whose id names the place they mark ('<region id="shoulder-front" .../>').
_PLACE_TAGS: Final = frozenset({"region", "area", "zone", "spot", "mark"})
#: Attributes that say more about the place, kept as text ('extent="down to elbow"').
_TAG_NOTES: Final = frozenset({"note", "notes", "comment", "extent", "description", "quality"})


def read_export(text: str) -> str:
    """JSON, a table or ``key: value | ...`` rows as one line per marked place; other text as
    it is."""
    stripped = text.strip()
    if stripped[:1] in "{[":
        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        if isinstance(data, (dict, list)):
            rows, notes = _json_rows(data)
            if rows:
                return _lines(rows, notes)
    if "\t" in text:  # a tab-separated table is read as a comma-separated one
        text = text.replace("\t", ",")
    # a grid's heading ("GRID front/back 8x12", "grid(back,bottom)") and the view and cell that
    # open a grid row in capitals ("BACK r7c3 'low back beside spine L' 7", "BOTTOM[r2,c3]")
    text = _GRID_HEADING.sub("", text)
    text = _GRID_ROW.sub("", text)
    text = _GRID_CELL.sub("", text)
    if _SPACED_SIDES.search(text):
        # 'AREA              L   R' over 'back of wrist, little-finger side    0   6': a table
        # whose columns are lined up with spaces, the last two the sides
        text = _spaced_table(text)
    if "..." in text:  # 'back of shoulder (L) ..... 7', 'neck ....... 0': a place, its score
        text = _LEADER.sub(_leader_value, text)
    if len(_ALIGNED.findall(text)) >= 2:  # 'heel                0': a column of scores
        text = _ALIGNED.sub(_leader_value, text)
    if "OBX|" in text:
        text = "\n".join(_hl7_line(line) for line in text.splitlines())
    lines = text.splitlines()
    table = _table(lines)
    if table is not None:
        return table
    if any(("|" in line and re.search(r"[:=]", line)) or _semicolon_fields(line) for line in lines):
        return "\n".join(_pipe_line(line) for line in lines)
    return text


def _hl7_line(line: str) -> str:
    """An HL7 segment: an observation (OBX) without the marks scored zero ('groin^L^0',
    'SITE^front of shoulder||R|0'), its fields and components as words; the header, patient,
    visit and order segments (MSH, PID, PV1, OBR) as nothing; a note (NTE) as its text; other
    lines as they are."""
    segment = line.strip()[:4]
    if segment in ("MSH|", "PID|", "PV1|", "OBR|"):
        return ""
    if segment == "NTE|":
        return " ".join(field for field in line.split("|")[3:] if field)
    if segment != "OBX|":
        return line
    fields = line.split("|")
    if any(_HL7_ZERO.fullmatch(f.strip()) for f in fields[6:]):
        return ""  # 'OBX|2|ST|SITE^front of knee||R|0': this place scored nothing
    words = []
    for field in fields[3:]:
        kept = [item for item in field.split("~") if item.strip() and not any(
            _HL7_ZERO.fullmatch(c.strip()) for c in item.split("^")[1:])]
        if kept:  # repeated marks in one field ('a^R^7~b^R^5') one after another
            words.append("; ".join(" ".join(c for c in item.split("^") if c.strip())
                                   for item in kept))
    # the observation's name ('PAIN^site', 'BODYMAP^Pain drawing') ends with a colon, as a
    # label does, so that it reads as the chart's heading and not as part of the place
    name = " ".join(c for c in fields[3].split("^") if c.strip()) if len(fields) > 3 else ""
    if words and name and words[0] == name:
        return f"{name}: {' '.join(words[1:])}"
    return " ".join(words)


#: A score of zero in an HL7 field or component ('0', '0/10', 'NRS 0').
_HL7_ZERO: Final = re.compile(r"(?:nrs\s*|vas\s*)?0(?:\s*/\s*10)?", re.IGNORECASE)

#: A row of dots between a place and its score, the score ending the line.
_LEADER = re.compile(r"(?<=[\w)])[ \t]*\.{3,}[ \t]*(\d+(?:\.\d+)?)(?:[ \t]*/[ \t]*10)?[ \t]*$",
                     re.MULTILINE)


#: A score set apart from its place by a run of spaces at the end of the line, as a text table
#: aligns its columns ('middle of sole (midfoot)     6', 'heel        0').
_ALIGNED = re.compile(r"(?<=[\w)])[ \t]{2,}(\d+(?:\.\d+)?)(?:[ \t]*/[ \t]*10)?[ \t]*$",
                      re.MULTILINE)


def _leader_value(found: re.Match[str]) -> str:
    """A zero says the place was not marked ('fine'); another score is out of 10."""
    value = float(found.group(1))
    return " fine" if value == 0 else (f" {found.group(1)}/10" if value <= 10 else found.group(0))


#: (a table's header row that starts with "Grid" keeps its columns: "Grid | L | R")
_GRID_HEADING = re.compile(r"(?im)^\s*grid\b(?![^\n]*\d\s*/\s*10)[^|;\n]*$")
#: A grid's cell before the place it names ('grid B4 (front of right shoulder) 7/10'): no words.
_GRID_CELL = re.compile(r"(?i)\bgrid[ \t]+[a-z]{1,2}[ \t]?\d{1,2}\b")
_GRID_ROW = re.compile(
    r"(?m)^\s*(?:FRONT|BACK|TOP|BOTTOM|SOLE|PALM|SIDE)(?:\s*\[?\s*r\d+\s*,?\s*c\d+\s*\]?|\s*(?=,))")


def _lines(rows: Iterable[_Row], notes: Iterable[str] = ()) -> str:
    return "\n".join([*(row.words() for row in rows if row.marked), *notes])


def _key(name: object) -> str:
    """A key in one spelling: 'bodyPart', 'body part' and 'body_part' are 'body_part'."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", str(name).strip())
    return re.sub(r"[\s_]+", " ", text.casefold()).replace(" ", "_")


def _is(key: str, names: frozenset[str]) -> bool:
    """The key is one of ``names``; for a level or a piece of metadata its last word may be
    ('pain_nrs', 'chart_version'): a place's key may not ('outer hip point' is a place)."""
    return key in names or key.replace("_", " ") in names or (
        names in (_VALUE_KEYS, _META_KEYS) and "_" in key and key.rsplit("_", 1)[-1] in names)


def _side_of(value: object) -> str:
    text = str(value or "").strip().casefold().strip("()")
    found = re.search(r"\b(left|right|both|bilateral|l|r|b/l)\b", text)
    return _SIDE_NAMES.get(found.group(1), "") if found else ""


def _only_side(value: object) -> bool:
    return isinstance(value, str) and value.strip().casefold() in _SIDE_NAMES


def _json_rows(data: object, side: str = "") -> tuple[list[_Row], list[str]]:
    """Rows of a JSON export: a dict with a place key is a row; a dict of places to values
    ({"back of neck (R)": "moderate"}) is one row per key; a list of place names is one row
    each; a view or a side ("side (L)", "left side": {...}, "side": "left") gives its side to the
    rows under it that have none; lists under "not marked", "left blank" and the like are left
    out."""
    rows: list[_Row] = []
    notes: list[str] = []
    if isinstance(data, list):
        for item in data:
            if isinstance(item, str):
                rows.append(_Row(item, side))
                continue
            more, said = _json_rows(item, side)
            rows += more
            notes += said
        return rows, notes
    if not isinstance(data, Mapping):
        return rows, notes
    keys = {_key(k): v for k, v in data.items()}
    own_side = next((_side_of(v) for k, v in keys.items()
                     if (_is(k, _SIDE_KEYS) or "view" in k or _only_side(v))
                     and not isinstance(v, (dict, list)) and _side_of(v)), "")
    side = own_side or side
    place = next((v for k, v in keys.items() if _is(k, _PLACE_KEYS)), None)
    if place is None and any(_is(k, _VALUE_KEYS) for k in keys):
        # {"name": "back of upper arm", "level": 5}: a named thing with a pain level is a place
        place = next((v for k, v in keys.items() if _is(k, _LABEL_KEYS)
                      and isinstance(v, str) and re.search("[a-z]{3}", v, re.IGNORECASE)), None)
    if place is None:
        place, number = _terse_row(keys)
        if place is not None:  # {"r": "outer knee", "i": 5}: keys cut to a letter or two
            rows.append(_Row(place, side, number, True))
            return rows, notes
    if isinstance(place, str):
        value_keys = [k for k in keys if _is(k, _VALUE_KEYS)]
        value = keys[value_keys[0]] if value_keys else None
        row_side = next((_side_of(v) or "" for k, v in keys.items() if _is(k, _SIDE_KEYS)), "")
        rows.append(_Row(place, row_side or side, None if value is None else str(value),
                         bool(value_keys)))
        return rows, notes
    for k, v in keys.items():
        if any(word in k for word in _BLANK_KEYS):
            continue  # "not marked": [...], "left_blank", "skipped_by_user"
        if isinstance(v, Mapping) and v and not any(
                _is(_key(f), _PLACE_KEYS) or isinstance(x, (dict, list)) for f, x in v.items()) \
                and any(_is(_key(f), _VALUE_KEYS) for f in v):
            # {"upper belly": {"side": "both", "intensity": 5}}: the key is the place
            more, said = _json_rows({"region": str(k).replace("_", " "), **v}, side)
            rows += more
            notes += said
        elif isinstance(v, (dict, list)):
            more, said = _json_rows(v, _side_of(k.replace("_", " ")) or side)
            rows += more
            notes += said
        elif _is(k, _META_KEYS) or _is(k, _SIDE_KEYS) or "view" in k or _only_side(v):
            continue  # ("foot": "left" says which foot, it marks no place)
        elif _is(k, _NOTE_KEYS):
            if isinstance(v, str):
                notes.append(v)
        else:
            name = str(k).replace("_", " ")
            rows.append(_Row(name, side, None if v is None else str(v), True))
    return rows, notes


def _terse_row(keys: Mapping[str, object]) -> tuple[str | None, str | None]:
    """A row whose keys are too short to name ({"r": "outer knee", "i": 5}): its one word value
    is the place and its one number the level; (None, None) for anything else."""
    if not keys or any(len(k) > 2 for k in keys):
        return None, None
    words = [v for v in keys.values() if isinstance(v, str) and not _only_side(v)
             and not v.strip().replace(".", "", 1).isdigit()]
    numbers = [v for v in keys.values() if isinstance(v, (int, float)) and not isinstance(v, bool)
               or isinstance(v, str) and v.strip().replace(".", "", 1).isdigit()]
    if len(words) != 1 or len(numbers) != 1:
        return None, None
    return str(words[0]), str(numbers[0])


#: Words in a key whose list names places that were not marked.
_BLANK_KEYS: Final = ("not_marked", "unmarked", "blank", "skipped", "clear", "no_pain",
                      "not_painful", "pain_free", "excluded", "none")


#: A header line whose last two columns, set apart by spaces, are the sides ('AREA   L   R').
_SPACED_SIDES: Final = re.compile(
    r"^[ \t]*[A-Za-z][^\n|,;]*?[ \t]{2,}(?:L|LT|Left|LEFT)[ \t]+(?:R|RT|Right|RIGHT)[ \t]*$",
    re.MULTILINE)
_COLUMN_GAP: Final = re.compile(r"[ \t]{2,}")


def _spaced_table(text: str) -> str:
    """The lines of a space-aligned table from its header on, with its columns parted by '|'
    (a row splits into as many cells as the header; other lines stay as they are)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if _SPACED_SIDES.match(line))
    width = len(_COLUMN_GAP.split(lines[start].strip()))
    out = lines[:start]
    for line in lines[start:]:
        cells = _COLUMN_GAP.split(line.strip())
        out.append(" | ".join(cells) if len(cells) == width else line)
    return "\n".join(out)


def _table(lines: list[str]) -> str | None:
    """A table whose first line names its columns, one of them the place; rows after it until
    a line that is not a row (a note), kept as text."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    header_line = lines[first]
    delimiter = max((",", ";", "\t", "|"), key=header_line.count)
    if header_line.count(delimiter) < 1:
        return None
    cells = next(csv.reader([header_line], delimiter=delimiter))
    if any(len(c.split()) > 3 or ":" in c for c in cells) or not any(
            line.count(delimiter) for line in lines[first + 1:]):
        return None  # a sentence with commas, or no rows: no table
    if (hurts := _hurts_column(cells)) is not None:
        # "HURTS | DOESN'T HURT": only the first column's places hurt
        rows = (next(csv.reader([line], delimiter=delimiter), []) for line in lines[first + 1:])
        return "\n".join([*lines[:first], *(
            row[hurts].strip() for row in rows if len(row) > hurts and row[hurts].strip())])
    if _data_row(cells):
        # no header: every line is a row ('front of shoulder | right | 5', 'upper chest, L, 5')
        return "\n".join([*lines[:first], *(
            _headerless_row(line, delimiter) for line in lines[first:])])
    header = [_key(h) for h in cells]
    sides = {i: _SIDE_NAMES[h] for i, h in enumerate(header)
             if h in ("left", "right", "l", "r", "lt", "rt") and i > 0}
    place_col = next((i for i, h in enumerate(header) if _is(h, _PLACE_KEYS)), None)
    if place_col is None and sides:
        # "Grid | L | R", "| Body map | L | R |": the first named column names the places
        place_col = next((i for i, h in enumerate(header) if h and i not in sides), None)
    if place_col is None:
        return None
    side_col = next((i for i, h in enumerate(header) if _is(h, _SIDE_KEYS)), None)
    value_col = next((i for i, h in enumerate(header) if _is(h, _VALUE_KEYS)
                      or h.startswith(("intensity", "pain", "score", "level", "severity"))
                      or _SCALE.fullmatch(h)), None)
    out: list[str] = lines[:first]
    for line in lines[first + 1:]:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) < len(header) - 1 or len(cells) < 2:
            out.append(line)  # a note after the table
            continue
        cells += [""] * (len(header) - len(cells))
        cell = [c.strip() for c in cells]
        if sides:
            ticked = [sides[i] for i in sides if _ticked(cell[i])]
            side = "both" if len(ticked) == 2 else (ticked[0] if ticked else "")
            value = cell[value_col] if value_col is not None else ""
            row = _Row(cell[place_col], side, "yes" if ticked else "", True)
            if ticked and _SCORE.search(value):
                row = _Row(cell[place_col], side, value, True)
        else:
            row = _Row(cell[place_col], cell[side_col] if side_col is not None else "",
                       cell[value_col] if value_col is not None else None,
                       value_col is not None)
        if row.marked:
            out.append(row.words())
    return "\n".join(out)


def _hurts_column(cells: list[str]) -> int | None:
    """The column of places that hurt in a two-column table headed 'HURTS | DOESN'T HURT' (or
    'pain | no pain', 'sore | fine'), or None."""
    names = [re.sub(r"[^a-z ]", "", c.casefold()).strip() for c in cells]
    if len(names) != 2 or not any(n in _NOT_HURTING for n in names):
        return None
    return next((i for i, n in enumerate(names) if n in _HURTING_HEADS), None)


#: Column heads for the places that hurt, and for those that do not.
_HURTING_HEADS: Final = frozenset({"hurts", "hurt", "painful", "pain", "sore", "aches"})
_NOT_HURTING: Final = frozenset({"doesnt hurt", "does not hurt", "dont hurt", "no pain",
                                 "not painful", "fine", "not sore", "pain free", "painfree"})


#: A cell that holds only a score ("5", "6/10", "7.5").
_CELL_SCORE: Final = re.compile(r"\d+(?:\.\d+)?(?:\s*/\s*10)?")


def _data_row(cells: list[str]) -> bool:
    """A table's first line that is a row, not a header: one cell is a side ('L', 'right') and
    another a score ('5', '6/10')."""
    values = [c.strip().casefold() for c in cells]
    return any(v in _SIDE_NAMES for v in values) and any(_CELL_SCORE.fullmatch(v) for v in values)


def _headerless_row(line: str, delimiter: str) -> str:
    """A row of a table without a header: its side, its score and the rest as the place."""
    cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter), []) if c.strip()]
    if len(cells) < 2:
        return line  # a note between the rows
    side = next((_SIDE_NAMES[c.casefold()] for c in cells if c.casefold() in _SIDE_NAMES), "")
    score = next((c for c in cells if _CELL_SCORE.fullmatch(c)), None)
    place = " ".join(c for c in cells if c.casefold() not in _SIDE_NAMES and c != score)
    row = _Row(place, side, score, score is not None)
    return row.words() if row.marked else ""


def _ticked(cell: str) -> bool:
    """A side's cell that marks the place: a tick or a cross ('✓', 'X', 'yes'), or a tick with
    its score ('✓5'), or a score above zero; not '-', '0' or empty."""
    value = cell.strip().casefold()
    if value in _YES:
        return True
    if value[:1] in ("\u2713", "\u2714", "x") and value[1:].strip().isdigit():
        return int(value[1:].strip()) > 0
    return value.isdigit() and int(value) > 0


#: A score in a value cell ('6', 'L 5 / R 3', '7/10').
_SCORE: Final = re.compile(r"\d")
#: A column headed by its scale ('0-10', '(0-10)', '/10'): how much it hurts ('nrs', 'vas' are
#: value keys already).
_SCALE: Final = re.compile(r"\(?(?:0\s*[-\u2013]\s*10|/10|0_10|out_of_10)\)?")


def _pipe_line(line: str) -> str:
    """'region: heel (bottom) | side: R | intensity: 7' (one row with named fields, or several
    rows in one line, each from its place field on), 'MARK 1: band over the ear | intensity 6'
    (a numbered mark names its place), or 'view=front | groin L=7 | knee= | outer hip=0' (one
    place per item); a side or a view with a side gives the line its side."""
    # fields split by '|', or by ';' too in 'key=value' fields ('side=L; zone=front_of_shoulder;
    # score=7 | side=L; ...')
    items = [item.strip() for item in re.split(r"[|;]" if _semicolon_fields(line) else r"\|", line)
             if item.strip()]
    pairs = [re.match(r"^([^:=]+?)\s*[:=]\s*(.*)$", item) for item in items]
    if not any(pairs):
        return line
    side = next((_side_of(m.group(2)) for m in pairs if m and (
        _is(_key(m.group(1)), _SIDE_KEYS) or _is_view(_key(m.group(1))))
        and _side_of(m.group(2))), "")
    keys = [_key(m.group(1)) if m else "" for m in pairs]
    if any(_is(k, _PLACE_KEYS) or _MARK_LABEL.fullmatch(k) for k in keys):
        rows: list[_Row] = []
        fields: dict[str, str] = {}
        for item, m, k in zip(items, pairs, keys, strict=True):
            if m is None:  # "intensity 6": a field written without its colon
                bare = re.match(r"^([a-z_ ]+?)\s+(\S+)$", item, re.IGNORECASE)
                if bare is None:
                    continue
                k, value = _key(bare.group(1)), bare.group(2)
            else:
                value = m.group(2)
            if _MARK_LABEL.fullmatch(k):
                k = "region"
            if _is(k, _PLACE_KEYS) and any(_is(f, _PLACE_KEYS) for f in fields):
                rows += _json_rows(fields, side)[0]
                fields = {}
            fields[k] = value
        rows += _json_rows(fields, side)[0]
        return _lines(rows)
    out = []
    for item, m in zip(items, pairs, strict=True):
        if m is None and _ZERO_AT_END.search(item):
            continue  # "R upper thigh 0", "back 0": scored zero, not marked
        if m is None:
            out.append(_Row(item))
        elif _CHART_TITLE.fullmatch(_key(m.group(1))) and _marks_on_view(m.group(2)):
            # "Pain map (front): R lower belly, toward the side 5/10": the chart's title, then
            # the first place marked on it
            out.append(_Row(m.group(2).strip()))
        elif _key(m.group(1)) in _SIDE_NAMES:  # "L: temple (8/10)", "R: -- none --"
            place = m.group(2).strip(" -")
            if place.casefold() not in _BLANK:
                out.append(_Row(place, _SIDE_NAMES[_key(m.group(1))]))
        elif (_key(m.group(1)) in _view_words() or _is(_key(m.group(1)), _SIDE_KEYS)) and (
                on_view := _ZONE_THEN_SIDE.match(m.group(2))):
            # "BACK: zone 26 R back of upper arm 6/10", "SIDE: zone 20 L outer shoulder cap":
            # a view (not the body's back) and the place marked on it, its zone number no score
            out.append(_Row(m.group(2)[on_view.end():].strip()))
        elif _is_view(_key(m.group(1))) and _key(m.group(1)) != "view" and (
                _marks_on_view(m.group(2))):
            # "back view: L back of knee 60% ; L upper calf 50%": what was marked on that view
            out.append(_Row(m.group(2).strip()))
        elif not (_is(_key(m.group(1)), _META_KEYS) or _is(_key(m.group(1)), _SIDE_KEYS)
                  or _is_view(_key(m.group(1)))):
            out.append(_Row(m.group(1), side, m.group(2), True))
    return "; ".join(row.words() for row in out if row.marked)


#: An item that ends in a zero score ("R upper thigh 0", "back 0/10", "groin 0%").
_ZERO_AT_END: Final = re.compile(r"\s0(?:\.0)?\s*(?:/\s*10|%)?\s*$")
#: A chart's title as a key ("Pain map (front)", "body chart", "pain drawing (back)").
_CHART_TITLE: Final = re.compile(
    r"(?:pain|body)_(?:map|chart|drawing|diagram)(?:_?\((?:front|back|side|left|right)\))?")
#: A view's value that starts with the chart's zone number or a side ('zone 26 R ...', 'L ...').
_ZONE_THEN_SIDE: Final = re.compile(
    r"\s*(?:zones?\s*#?\d+\s*[:.)\-]?\s*)?(?=(?:l|r|lt|rt|left|right|both)\b)", re.IGNORECASE)


def _semicolon_fields(line: str) -> bool:
    """'side=L; view=front; zone=front_of_shoulder; score=7': fields written key=value, split by
    semicolons (not a list of places after a colon, 'Back view: R shoulder; R arm')."""
    return line.count(";") >= 2 and line.count("=") >= 2


def _marks_on_view(value: str) -> bool:
    """A view's value that lists places ('L back of knee 60%'), not a blank ('-', 'none'), a
    side or a word of the chart ('front', 'posterior')."""
    words = re.findall(r"[a-z]+", value.casefold())
    return bool(words) and value.strip(" ()").casefold() not in _BLANK and not all(
        w in _SIDE_NAMES or w in _view_words() for w in words)


@lru_cache(maxsize=1)
def _view_words() -> frozenset[str]:
    """The words that name a chart's view ('front', 'back', 'dorsal')."""
    return frozenset(v.casefold() for v in words().chart_views)


def _is_view(key: str) -> bool:
    """A view's label ('view', 'dorsal_view', 'view_front'), not a place that names one."""
    return key == "view" or key.endswith("_view") or key.startswith("view_")


#: A numbered mark or spot whose value is the place ('MARK 1: band over the ear', 'spot 2').
_MARK_LABEL = re.compile(r"(?:mark|spot|area|zone|point|region)_?\d+")


def read_chart_labels(text: str) -> str:
    """A pain drawing's labels read as words: its view labels dropped ('Back view:', 'Front: L
    groin', 'Pain map (back + front):', 'view: back'), a place left blank said to be fine
    ('Neck: none' -> 'Neck fine', 'Arch/toes: nil' -> 'Arch and toes fine', '4) wrist -'),
    boxes left empty and items crossed out in a list of ticks left out, and a part named in
    brackets after a place made that place's part ('5th finger (back and palm side)' -> 'back
    side and palm side')."""
    text = _UNMARKED_LINE.sub("", text)
    if len({m.casefold() for m in _VIEW_ALONE.findall(text)}) >= 2:
        # an outline's view headings ("Front", then its places; "Back", then its places)
        text = _VIEW_ALONE.sub("", text)
    text = _FACET_AFTER_COMMA.sub(_facet_first, text)
    if len(found := _VIEW_BEFORE_SCORE.findall(text)) >= 2 and any(
            view.casefold() != "back" for _, _, view, _ in found) or len(found) >= 3:
        # a chart of lines 'L neck back 6': the view is no place (not the low back)
        text = _VIEW_BEFORE_SCORE.sub(_view_in_brackets, text)
    if not _CHART_MARKS.search(text):
        return text  # plain prose: none of the patterns below can match (one search, not 13)
    p = _chart_patterns()
    text = _HEADING.sub(lambda m: " ".join(_HEADING_SIDE.findall(m.group(0))) + ";", text)
    text = _PART_HEADING.sub(lambda m: f"{m.group(1) or ''};", text)
    text = _UNTICKED.sub("\n", text)
    if _SIDE_TICKS.search(text):
        text = "\n".join(_side_ticked_line(line) for line in text.split("\n"))
    if _TICK.search(text):  # with ticks beside them, crosses say "not marked"
        text = _CROSSED_LINE.sub("", text)
    if _TICKED.search(text):  # a list of boxes under its views' names ("BACK: [x] Elbow ...")
        text = _VIEW_HEADING.sub("", text)
    text = _TICKED.sub(" ", text)
    text = _DASH_FACET.sub(_facet_of_place, text)
    text = _TICK_AFTER_LABEL.sub(" ", text)
    text = _VIEW_DASH_LINE.sub(r"\2 (\1)\3", text)
    text = _VIEW_COLUMNS.sub("", text)
    text = p.view.sub(lambda m: f"{m.group(1) or m.group(2) or ''};", text)
    text = p.view_key.sub(lambda m: f"{m.group(1) or ''};", text)
    text = p.label_blank.sub(r"\1;", text)
    text = p.label.sub(r"\1", text)
    text = p.views_in_brackets.sub(_view_or_side, text)
    text = _EMPTY_ITEM.sub("", text)
    text = _BLANK_IN_BRACKETS.sub(" fine", text)
    text = _blank_fine(p.blank, text)
    return p.facet_in_brackets.sub(
        lambda m: " " + " and ".join(
            part if part.endswith("side") else f"{part} side"
            for part in re.split(r"\s*(?:and|&|\+|/|,)\s*", m.group(1).strip())) + " ",
        text)


def _view_or_side(found: re.Match[str]) -> str:
    """'Pain map (back + front):' -> 'Pain map '; 'Back of head (Left): 6/10' keeps its side
    ('Back of head Left: 6/10'): after a place, a side in brackets is the side it was marked on."""
    inside = found.group(0)[found.group(0).index("(") + 1:found.group(0).index(")")].strip()
    if found.group(1) is None and inside.casefold() in ("left", "right"):
        return f" {inside}"
    return f"{found.group(1) or ''} "


#: Something only a chart's labels hold: a colon, a bar, an equals sign, a bracket, a box or a
#: tick, a dash or a cross ending a line, a view, or a blank word ("none", "nil", "nope").
_CHART_MARKS = re.compile(
    r"[:|=\[\]()?\u2610-\u2612\u2713-\u2718\u2705\u25a1]|\s-+\s|-\s*$|\bviews?\b|"
    r"\b(?:none|nil|blank|unmarked|nope|nah|empty|shaded|marked)\b|^\s*x\s|\sx\s*$|"
    r"\b(?:front|back|side)\s+(?:zones?\s*)?#?\d+\s+(?:l|r|lt|rt|left|right)\b",
    re.IGNORECASE | re.MULTILINE)
#: A line that opens with its view before a dash, then the place, the side and the score ('back -
#: top of back of thigh - R - 2'): the view is no place (not the low back); it follows the place
#: in brackets, as the side of it that was marked. ('front - wrist, thumb side' is left as it is:
#: "front" names no place, and before the place it picks the wrist's front.)
_VIEW_DASH_LINE: Final = re.compile(
    r"^[ \t]*(back|side|rear|posterior)[ \t]+-+[ \t]+"
    r"([^\n]*?)([ \t]-+[ \t]*(?:l|r|lt|rt|left|right|both)\b)", re.IGNORECASE | re.MULTILINE)
#: A chart's line that lists the places left blank ("Unmarked: forehead, jaw, neck").
#: (or such a list after the marks' sentence: "C = R upper teeth, 5/10. Unmarked: jaw, neck.")
_UNMARKED_LINE: Final = re.compile(
    r"^[ \t]*(?:unmarked|not marked|no pain|pain[ -]?free|not painful|clear)[ \t]*:[^\n]*$"
    r"|(?<=[.;])[ \t]*(?:unmarked|not marked)[ \t]*:[^\n.;]*",
    re.IGNORECASE | re.MULTILINE)
#: A line that holds only a view ("Front", "Back:", "  Side") in an outline of several views.
_VIEW_ALONE: Final = re.compile(r"^[ \t]*(front|back|side)[ \t]*:?[ \t]*$",
                                re.IGNORECASE | re.MULTILINE)
#: A chart line's place with its face after a comma ("R upper arm, back ..... 4", "Neck, front
#: 3", "R hand, back (out to the middle finger)"): the back of that place, not the low back. Not
#: a list in a sentence ("my shoulder, back and neck", "Pain: shoulder, back").
_FACET_AFTER_COMMA: Final = re.compile(
    r"^([ \t]*(?:[^\n|:]*[|:][ \t]*)?(?:(?:l|r|lt|rt|left|right|both)[ \t]+)?)"
    r"([a-z][a-z ]*?),[ \t]*(back|front)\b(?=[ \t]*(?:\.{2,}|\(|\d))",
    re.IGNORECASE | re.MULTILINE)
#: Words of a sentence, not of a chart's place ("pain in my neck, back 5/10" lists two places).
_PROSE: Final = frozenset({"my", "in", "and", "pain", "ache", "aches", "hurts", "sore", "is"})


def _facet_first(line: re.Match[str]) -> str:
    """'R upper arm, back ..... 4' -> 'R back of upper arm ..... 4'."""
    lead, place, face = line.groups()
    if _PROSE & set(place.casefold().split()):
        return line.group(0)
    return f"{lead}{face} of {place}"


#: A line in the order side, place, view, score ('L skull_base back 5', 'R shoulder front 4'),
#: not a place whose last word makes "back" part of it ('R low back 5', 'L upper back 4').
_VIEW_BEFORE_SCORE: Final = re.compile(
    r"^[ \t]*(l|r|lt|rt|left|right|b|both|bilat|bilateral)[ \t]+([^\n]*?)[ \t]+(front|back)"
    r"[ \t]+(\d+(?:\.\d+)?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
#: The last words of a place that make a "back" after them part of it ("low back").
_BACK_OF: Final = frozenset({"low", "lower", "upper", "mid", "middle", "the", "my", "of", "small"})


def _view_in_brackets(line: re.Match[str]) -> str:
    """'L neck back 6' -> 'L neck (back) 6'; 'R low back 5' is left as it is."""
    side, place, view, score = line.groups()
    if view.casefold() == "back" and re.split(r"[\s_]+", place)[-1].casefold() in _BACK_OF:
        return line.group(0)
    return f"{side} {place} ({view}) {score}"
#: A table's heading that only names its columns' views ('FRONT | BACK'): no place.
_VIEW_COLUMNS: Final = re.compile(
    r"^[ \t|]*(?:front|back|side|rear|anterior|posterior)(?:[ \t]+view)?[ \t]*"
    r"(?:\|[ \t]*(?:front|back|side|rear|anterior|posterior)(?:[ \t]+view)?[ \t]*)+\|?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
#: A chart's heading, to the end of its line or its colon ('Pain diagram - head & neck (front)',
#: 'ARM / HAND BODY CHART (RIGHT side marked)', 'Marked on foot chart:'): only the side it names
#: is read.
#: (It ends at a full stop too, and before a legend's '=' or a list's bullet: "Pain drawing (front
#: view). R temple 6/10; ...", "Pain drawing legend A = L lower buttock, 6/10; ...", "BODY MAP *
#: L SI joint 7 * ...": the marks are no heading; and at a dash before scored marks: "Pain
#: drawing - L calf 4/10, ...".)
_HEADING = re.compile(
    r"^[^\n:;|]*?\b(?:(?:pain|body)[ \t]+(?:diagram|chart|map|drawing)|(?:head|neck|arm|hand|leg|"
    r"foot|back|body)[ \t]+(?:pain[ \t]+)?(?:chart|diagram|map))\b"
    r"(?:(?![ \t][-\u2013\u2014][ \t][^\n]*\d)[^\n:;|.=*\u2022]|\.(?!\s))*"
    r"(?::|\.(?=\s)|(?=[|;=*\u2022])|[ \t][-\u2013\u2014](?=[ \t][^\n]*\d)|$)",
    re.IGNORECASE | re.MULTILINE)
_HEADING_SIDE = re.compile(r"\b(?:left|right|both|l|r)\b", re.IGNORECASE)
#: A bracketed part of the body that heads the rows under it ('[L foot] | Zone A: bottom of
#: heel'): it says which side, the rows say where.
_PART_HEADING = re.compile(
    r"^[ \t]*\[[ \t]*(left|right|both|l|r)?[ \t]*(?:foot|hand|leg|arm|head|neck|back|knee|"
    r"shoulder|hip|face|trunk|body)[ \t]*\][ \t]*(?=[|;\n])", re.IGNORECASE)
#: A box left empty names a place that was not marked ('[ ] forearm shaft'), up to the next box
#: or the end of its line.
_UNTICKED = re.compile(r"(?:\[\s*\]|\u2610|\u25a1)[^\[\n;\u2610\u2611\u2612\u25a1\u2713\u2714]*")
#: A row's two side columns, each with a tick or a cross ('wrist, pinky edge \u2014 R \u2713 L
#: \u2717', 'heel of hand: left \u2717 right \u2713').
_SIDE_TICKS = re.compile(
    r"\b(r|l|rt|lt|right|left)[ \t]*[:=]?[ \t]*([\u2713\u2714\u2717\u2718xX])[ \t,;/|]*"
    r"\b(r|l|rt|lt|right|left)[ \t]*[:=]?[ \t]*([\u2713\u2714\u2717\u2718xX])(?![a-z])",
    re.IGNORECASE)
_TICKS = frozenset("\u2713\u2714")


def _side_ticked_line(line: str) -> str:
    """A row with a tick or a cross for each side: 'R \u2713 L \u2717' -> 'right', both ticked ->
    'both'; a row with neither side ticked is left out, as a crossed-out item is."""
    found = _SIDE_TICKS.search(line)
    if found is None:
        return line
    sides = [side for side, mark in ((found[1], found[2]), (found[3], found[4]))
             if mark in _TICKS]
    if not sides:
        return ""
    side = "both" if len(sides) == 2 else (
        "right" if sides[0].casefold().startswith("r") else "left")
    return line[:found.start()] + side + line[found.end():]


#: A ticked box ('[x]', '\u2611', '\u2713') is no word.
_TICKED = re.compile(r"\[\s*[x\u2713\u2714*]\s*\]|[\u2611\u2612\u2713\u2714\u2705]", re.IGNORECASE)
_TICK = re.compile(r"[\u2611\u2713\u2714\u2705]")
#: A view's name opening a line of boxes ("BACK: [x] Elbow - outer (R)"): the view is no place.
_VIEW_HEADING = re.compile(
    r"(?im)^[ \t]*(?:front|back|side|rear)(?:[ \t]+view)?[ \t]*:(?=[ \t]*\[)")
#: Words that name the face or part of a place in a checklist's label ("Hand - back, thumb side
#: (R)", "Buttock - upper (L)"): faces ("back of the hand") and positions ("upper buttock").
_FACE_WORDS: Final = frozenset({"back", "front", "side", "top", "bottom", "sole", "palm", "tip",
                                "edge"})
_POSITION_WORDS: Final = frozenset({"inner", "outer", "upper", "lower", "middle", "mid", "centre",
                                    "center", "inside", "outside"})
_FACET_WORD = "|".join(sorted(_FACE_WORDS | _POSITION_WORDS))
#: A checklist's place, a dash, then its face or part and its side in brackets ("Elbow - outer
#: (R)", "Forearm - back upper (R)", "Heel - inner side (L)").
_DASH_FACET = re.compile(
    rf"(?im)(?<![\w-])([a-z][a-z ]*?[a-z])[ \t]+-[ \t]+"
    rf"((?:{_FACET_WORD})(?:[ \t]+(?:{_FACET_WORD}))*)"
    r"(?=[ \t]*(?:,[^\n(]*)?\((?:l|r|lt|rt|left|right|both|b|bilat)\))")


def _facet_of_place(found: re.Match[str]) -> str:
    """'Elbow - outer' -> 'outer Elbow'; 'Forearm - back upper' -> 'back of upper Forearm';
    'Thigh - lower front' -> 'lower front of Thigh'."""
    place, facets = found.group(1), found.group(2).split()
    if facets[0].casefold() in _FACE_WORDS:
        return " ".join([facets[0], "of", *facets[1:], place])
    if any(word.casefold() in _FACE_WORDS for word in facets):
        return " ".join([*facets, "of", place])
    return " ".join([*facets, place])


#: A cross written as the value of a place ('thumb pad: X (light)'): marked, no word.
_TICK_AFTER_LABEL = re.compile(r"(?<=[:=])[ \t]*[xX](?=[ \t]*(?:\(|$|\||;))", re.MULTILINE)
#: A list item crossed out ('x buttock', '5. jaw  x', '\u2717 legs') where others are ticked.
_CROSSED_LINE = re.compile(
    r"^[ \t]*(?:\d+[.)]?[ \t]*)?(?:[x\u2717\u2718][ \t]+[^\n]*|[^\n]*?[ \t][x\u2717\u2718][ \t]*)$",
    re.MULTILINE | re.IGNORECASE)
#: A numbered or listed item with nothing after its dash ('4) wrist -', '5. foot - ').
_EMPTY_ITEM = re.compile(r"^[ \t]*(?:\d+[.)]|[-*\u2022])?[ \t]*[^\n|]*?[ \t]-+[ \t]*$",
                         re.MULTILINE)  # (not a table row whose last column is blank: "... | -")


#: A place with "(blank)" or "(left blank)" after it, maybe past a row of dots ('groin ....
#: (left blank)').
_BLANK_IN_BRACKETS = re.compile(
    r"(?<=[a-z])[\s.:\-]*\(\s*(?:left\s+)?(?:blank|unmarked|not\s+marked|none|empty|"
    r"not\s+filled(?:\s+in)?|unfilled)\s*\)",
    re.IGNORECASE)


_VIEW_AFTER: Final = re.compile(r"\s+views?\s*$", re.IGNORECASE)


def _blank_fine(pattern: re.Pattern[str], text: str) -> str:
    """Each blank word after a place made 'fine', and a '/' in that place's words made 'and'
    ('Arch/toes: nil' -> 'Arch and toes fine')."""
    out: list[str] = []
    at = 0
    for found in pattern.finditer(text):
        before = text[at:found.start()]
        cut = max(before.rfind(c) for c in ".;,\n(") + 1
        # ("Back of hand view: nothing", "Arm views: nothing marked": the place's own view)
        place = _VIEW_AFTER.sub("", before[cut:])
        out.append(before[:cut] + place.replace("/", " and ") + " fine")
        at = found.end()
    out.append(text[at:])
    return "".join(out)


@dataclass(frozen=True)
class _ChartPatterns:
    view: re.Pattern[str]
    view_key: re.Pattern[str]
    label_blank: re.Pattern[str]
    label: re.Pattern[str]
    views_in_brackets: re.Pattern[str]
    blank: re.Pattern[str]
    facet_in_brackets: re.Pattern[str]


@lru_cache(maxsize=1)
def _chart_patterns() -> _ChartPatterns:
    w = words()
    views = "|".join(re.escape(v) for v in sorted(w.chart_views, key=len, reverse=True))
    charts = "|".join(re.escape(v) for v in sorted(w.chart_words, key=len, reverse=True))
    blank = "|".join(re.escape(v) for v in sorted(w.chart_blank, key=len, reverse=True))
    joined = rf"(?:{views})(?:\s*(?:&|\+|and|/|,)\s*(?:{views}))*"
    start = r"(^|[.;|\n*\u2022]\s*|^\s*-\s*|\n\s*-\s*)"
    end = r"(?=\s*(?:[.;,\n)]|$))"
    sides = r"(?:l|r|lt|rt|left|right|both|bilateral|bilat|b/l)\b"
    facets = r"(?:back|front|palm|dorsal|volar|palmar)(?:\s+side)?"
    flags = re.IGNORECASE
    return _ChartPatterns(
        # "front view:", "back + front views", "dorsal hand view -"
        # ("Right arm, dorsal view:" keeps its side: the limb is only the chart's heading)
        view=re.compile(rf"(?:\b(left|right|l|r)\s+(?:arm|leg|hand|foot)\s*,?\s*)?"
                        rf"\b{joined}(?:[ \t]+(?:hand|foot|body))?[ \t]+views?\b[ \t]*[:\-\u2013]?"
                        rf"(?:[ \t]*\b(left|right|l|r)[ \t]+(?:arm|leg|hand|foot)\b[ \t]*:?)?",
                        flags),
        # "view: back", "view = side (right)", an attribute view="back": the view, keeping a
        # side it names
        view_key=re.compile(rf"\b(?:[a-z]+_)?views?\s*[:=]\s*[\"']?{joined}[\"']?"
                            rf"(?:\s*\(\s*({sides[:-2]})\s*\))?", flags),
        # "Back: none." at the start of a line or sentence: nothing on that view
        label_blank=re.compile(rf"{start}(?:{joined})\s*:\s*(?:{blank}){end}", flags),
        # "Front: L inner thigh": the view, then what was marked on it; a chart's number for
        # the zone may stand between ("BACK: zone 26 R back of upper arm", "BACK 82 R back of
        # knee", "FRONT view 14: R upper chest")
        label=re.compile(rf"{start}(?:zones?\s*:?\s*)?(?:{joined})(?:\s*:\s*(?:zones?\s*#?\d+\s*[:.)\-]?\s*)?"
                         rf"|\s+(?:zones?\s*)?#?\d+\s*[:.)\-]?\s*)(?={sides})", flags),
        # "Pain map (back + front):", "chart (front/back)"
        views_in_brackets=re.compile(
            rf"(?:\b({charts})\s*\(\s*{joined}\s*\)|\(\s*{joined}\s*\)\s*(?=:))", flags),
        # "Neck: none", "ankle - nil", "Arch/toes: none", "ankle none" (after a word: the place
        # before it is read back by _blank_fine, never by a pattern that starts at every letter)
        blank=re.compile(rf"(?<=[a-z0-9])(?:\s*[:=?\u2013]|\s+-+)\s*(?:{blank}){end}"
                         rf"|(?<=[a-z])\s+(?:none|nil|unmarked|blank){end}", flags),
        # "little finger (back)", "(back and palm side)"
        facet_in_brackets=re.compile(rf"\(\s*({facets}(?:\s*(?:and|&|\+|/|,)\s*{facets})*)"
                                     r"\s*\)", flags),
    )
