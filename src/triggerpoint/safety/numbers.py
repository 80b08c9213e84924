"""Numbers in a description: age, temperature, weight lost, how long the pain has lasted, and
the readings of a pulse oximeter or a watch (blood oxygen, heart rate at rest).

Temperatures are read in °C or °F, with or without a unit when a temperature word stands near
("temp 38.4", "101F", "39 degrees"); ages from "I'm 62", "62 year old", "62yo", "aged 62", "in
my sixties"; weight lost from "lost 6 kg / a stone / 10 lbs"; durations from "for 3 months",
"the past six weeks", "going on a year"; blood oxygen from "oxygen 89%", "sats 91", "SpO2 of
90" (the lowest reading); heart rate from "resting HR 125", "pulse 130 bpm" when the writer is at
rest (the highest reading; not one taken on a run or in the gym).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from triggerpoint.safety.lexicon import Sentence

__all__ = ["MEASURE_UNITS", "WORD_NUMBERS", "Numbers", "Temperature", "read_numbers"]

#: Numbers written as words ("a couple of weeks", "three days").
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2,
    "few": 3, "several": 4, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "half": 0.5,
}
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}
_TEMP_WORDS = frozenset({"temp", "temperature", "temperatures", "fever", "thermometer",
                         "reading", "feverish", "temps", "degrees", "running"})
_CELSIUS = frozenset({"c", "celsius", "centigrade", "oc"})
_FAHRENHEIT = frozenset({"f", "fahrenheit", "of"})
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "month": 30,
              "months": 30, "mo": 30, "mos": 30, "year": 365, "years": 365, "yrs": 365, "yr": 365,
              "fortnight": 14, "fortnights": 14}
#: Words before a duration that make it the pain's length ("the best part of a year", "most of
#: a month"; "like 5 months", a hedge for "about"; "since March, so five months"; "from 4
#: months", as Spanish and Portuguese speakers say "since"; "already 8 months"; "long time,
#: maybe 5 month", "roughly 6 weeks": other hedges for "about").
_DURATION_LEAD = frozenset({"for", "past", "last", "over", "nearly", "almost", "about", "since",
                            "around", "on", "than", "whole", "lingered", "lasted", "persisted",
                            "part", "most", "long", "like", "so", "from", "already", "maybe",
                            "probably", "roughly", "approximately", "approx"})
_WEIGHT_UNITS = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilograms": 1.0,
                 "lb": 0.4536, "lbs": 0.4536, "pounds": 0.4536, "pound": 0.4536,
                 "stone": 6.35, "st": 6.35, "stones": 6.35}
_LOSS_WORDS = frozenset({"lost", "lose", "losing", "dropped", "down", "shed", "gone"})
#: Months by number, and feasts that stand for a month ("since Easter"), for "since March ...
#: it's October now".
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    "january february march april may june july august september october november december"
    .split(), start=1)} | {"easter": 4, "christmas": 12, "xmas": 12} | {
    # the short forms of a note or a text ("since jan, now oct")
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12} | {
    # a season by its middle month ("since Christmas ... now it is summer"; not "fall", which
    # is also a tumble)
    "spring": 4, "summer": 7, "autumn": 10, "winter": 1}
#: 'may' is a month only after one of these ("since May", "in May"), not "since I may have".
_BEFORE_MAY = frozenset({"since", "in", "about", "around", "early", "late", "mid", "of", "is",
                         "its"})


@dataclass(frozen=True)
class Temperature:
    """A temperature read in a sentence, in °C."""

    sentence: int
    celsius: float
    at: int = -1  # the reading's token in its sentence (-1: not known)


@dataclass(frozen=True)
class Numbers:
    """What the numbers in a description say (None where nothing was found)."""

    age: int | None = None
    temperatures: tuple[Temperature, ...] = ()
    weight_lost_kg: float | None = None
    lasting_days: int | None = None
    oxygen_saturation: int | None = None
    resting_heart_rate: int | None = None
    #: speeds told in a sentence, in mph: (sentence index, mph); concepts.read keeps those of a
    #: sentence that tells of a crash
    speeds: tuple[tuple[int, float], ...] = ()

    @property
    def temperature_c(self) -> float | None:
        return max((t.celsius for t in self.temperatures), default=None)

    def to_json(self) -> dict[str, object]:
        return {"age": self.age, "temperature_c": self.temperature_c,
                "weight_lost_kg": self.weight_lost_kg, "lasting_days": self.lasting_days,
                "oxygen_saturation": self.oxygen_saturation,
                "resting_heart_rate": self.resting_heart_rate,
                "speed_mph": max((mph for _, mph in self.speeds), default=None)}


def _value(word: str) -> float | None:
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def read_numbers(sentences: list[Sentence], proxy: bool = False) -> Numbers:
    """Age, temperatures, weight lost and the longest stated duration of the pain.

    In a proxy report (a message about someone else) "Nan is 81" is the age that counts.
    """
    ages: list[int] = []
    own: list[int] = []  # "I'm 45": the writer's own age, before anyone else's ("my mum (78)")
    temps: list[Temperature] = []
    weights: list[float] = []
    days: list[int] = []
    oxygen: list[int] = []
    pulse: list[int] = []
    ago: list[tuple[int, int]] = []  # (sentence, days) of "10 weeks ago" that was no length
    speeds: list[tuple[int, float]] = []
    for sentence in sentences:
        tokens = [t for t in sentence.tokens if t.text != "ish"]  # "5ish months"
        words = [t.text for t in tokens]
        for i, word in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            after = words[i + 2] if i + 2 < len(words) else ""
            before = words[max(0, i - 4):i]
            if word in _DECADES and i > 0 and words[i - 1] in ("my", "late", "early", "mid"):
                ages.append(_DECADES[word] + (5 if words[i - 1] in ("late", "mid") else 0))
                continue
            number = _value(word) if word[0].isdigit() else None
            whole = number if number is not None else WORD_NUMBERS.get(word)
            if whole is not None and nxt == "and" and words[i + 2:i + 4] == ["a", "half"] and (
                    words[i + 4:i + 5] and words[i + 4] in _UNIT_DAYS
                    and _lead(words[:i + 1] + words[i + 4:], i)):
                # "for 2 and a half weeks", "two and a half months": the half counts too (and
                # leads as the number alone would: "stiff neck two and a half week now")
                days.append(int((whole + 0.5) * _UNIT_DAYS[words[i + 4]]))
                continue
            if i > 0 and words[i - 1] in _UNIT_DAYS and nxt == "of" and (
                    number is not None or word in WORD_NUMBERS):
                # "it's month 5 of the hip ache", "week six of this": how long it has lasted
                count = number if number is not None else WORD_NUMBERS[word]
                days.append(int(count * _UNIT_DAYS[words[i - 1]]))
                continue
            if number is None:
                if word in ("fortnight", "fortnights") and i == 0:
                    days.append(14)  # "Fortnight I've been doing them exercises": its length
                elif word == "half" and nxt in ("a", "an") and after in _UNIT_DAYS and (
                        _lead(words, i)):
                    days.append(int(_UNIT_DAYS[after] / 2))  # "for at least half a year"
                elif word in WORD_NUMBERS and nxt in _UNIT_DAYS and _lead(words, i) and not (
                        i > 0 and words[i - 1] == "half"):  # ("half a year now": not a year)
                    days.append(int(WORD_NUMBERS[word] * _UNIT_DAYS[nxt]))
                elif word in WORD_NUMBERS and nxt in _UNIT_DAYS and after == "ago":
                    # "three weeks ago ... still": as "3 weeks ago" below
                    ago.append((sentence.index, int(WORD_NUMBERS[word] * _UNIT_DAYS[nxt])))
                elif word in ("stone",) and i > 0 and words[i - 1] in ("a", "half") and (
                    _LOSS_WORDS & set(before)
                ):
                    half = words[i - 1] == "half" or words[max(0, i - 2)] == "half"
                    weights.append(3.2 if half else 6.35)
                continue
            mph = _speed(number, words, i)
            if mph is not None:
                speeds.append((sentence.index, mph))
                if nxt in _SPEED_UNITS or nxt in ("km", "miles", "mile"):
                    continue  # (a bare "at 65" may still be an age: "crashed the car at 65")
            reading = _oxygen(number, nxt, before)
            if reading is not None:
                oxygen.append(reading)
                continue
            rate = _heart_rate(number, nxt, before, words)
            if rate is not None:
                pulse.append(rate)
                continue
            temp = _temperature(number, nxt, after, before)
            window = words[max(0, i - 6):i]
            if temp is None and i > 0 and words[i - 1] in ("around", "about", "of") and (
                    {"temp", "temps"} & set(window)) and not ({"i", "am", "aged"} & set(window)):
                # ("temps on and off around 38": the reading a few words after its word)
                temp = _temperature(number, nxt, after, ["temp"])
            if temp is None and words[i + 1:i + 4] == ["on", "the", "thermometer"]:
                temp = _temperature(number, "", "", ["temp"])  # "101 on the thermometer"
            if temp is None and _bare_reading(word, number, nxt):
                temp = number  # "hot (38.9)", "38.6 and shivering": a thermometer's reading
            if temp is None and _TEMP_WORDS & set(words[:i]) and _bare_reading(
                    word, number, nxt, low=35):
                temp = number  # "checked my temperature because my back ached - 36.8, normal"
            if temp is not None:
                temps.append(Temperature(sentence.index, temp, tokens[i].index))
                continue
            age = _age(number, words, i, proxy)
            if age is not None:
                ages.append(age)
                if not proxy and words[max(0, i - 2):i] == ["i", "am"]:
                    own.append(age)
                continue
            if nxt in _WEIGHT_UNITS and _LOSS_WORDS & set(before):
                weights.append(number * _WEIGHT_UNITS[nxt])
                continue
            if nxt in _UNIT_DAYS and _lead(words, i):
                days.append(int(number * _UNIT_DAYS[nxt]))
            elif nxt in _UNIT_DAYS and after == "ago":
                ago.append((sentence.index, int(number * _UNIT_DAYS[nxt])))
    # "Hamstring strain 10 weeks ago. ... still grabs when I sprint", "Ankle sprain 3 weeks ago,
    # did the RICE, still a bit swollen": lasting since then
    days += [n for at, n in ago if any(
        t.text == "still" for s in sentences[at:at + 3] for t in s.tokens)]
    # "Since I started this job in September (5 months ago) my neck ...": a bracketed aside that
    # dates the start the sentence before it gave with "since"
    days += [n for at, n in ago if at > 0 and len(sentences[at].tokens) <= 5 and any(
        t.text == "since" for t in sentences[at - 1].tokens)]
    between = _months_between(sentences)
    if between:
        days.append(between * 30)
    return Numbers(
        age=max(own) if own else max(ages) if ages else None,
        temperatures=tuple(temps),
        weight_lost_kg=max(weights) if weights else None,
        lasting_days=max(days) if days else None,
        oxygen_saturation=min(oxygen) if oxygen else None,
        resting_heart_rate=max(pulse) if pulse else None,
        speeds=tuple(speeds),
    )


#: Units of a speed ("50 mph", "80 km/h", "30kph", "60 miles an hour") and their factor to mph.
_KMH: Final = 0.621  # miles in a kilometre
_SPEED_UNITS: Final = {"mph": 1.0, "kph": _KMH, "kmh": _KMH, "kmph": _KMH}
#: Words before a bare number that make it a speed, in a sentence of a road crash ("rear-ended
#: doing about 50", "came off at about 30").
_SPEED_LEADS: Final = frozenset({"doing", "going", "travelling", "traveling", "at"})
_SPEED_HEDGES: Final = frozenset({"about", "around", "roughly", "nearly", "over", "least",
                                  "maybe", "probably", "easily", "well", "like", "prob"})
#: Words of a road crash that let a bare number after a lead be its speed.
_ROAD: Final = frozenset({"crash", "crashed", "collision", "collided", "rear", "ended", "moped",
                          "motorbike", "motorcycle", "scooter", "bike", "car", "van", "lorry",
                          "truck", "motorway", "roundabout", "accident", "shunted", "boned",
                          "smash", "smashed", "rta", "rtc", "junction", "dual", "carriageway"})
#: Words after a bare number that make it anything but a speed (a time, a length, an age...).
_NOT_SPEED_AFTER: Final = frozenset({"am", "pm", "o", "oclock", "min", "mins", "minutes",
                                     "minute", "hour", "hours", "hrs", "hr", "sec", "seconds",
                                     "year", "years", "yrs", "yr", "yo", "percent", "%", "kg",
                                     "kgs", "lbs", "miles", "mile", "km", "k", "metres", "m",
                                     "feet", "ft", "foot", "times", "x", ":"}) | frozenset(
                                         _UNIT_DAYS)


def _speed(number: float, words: list[str], i: int) -> float | None:
    """The speed in mph that the number at ``i`` gives: with its unit ("50 mph", "80 km/h",
    "60 miles an hour"), or bare after "doing", "going" or "at" (with a hedge between) in a
    sentence that tells of a road crash ("rear-ended doing about 50")."""
    if not 5 <= number <= 200:
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _SPEED_UNITS:
        return number * _SPEED_UNITS[nxt]
    if nxt == "km" and words[i + 2:i + 4] == ["/", "h"]:
        return number * _KMH
    if nxt in ("miles", "mile") and words[i + 2:i + 4] in (["an", "hour"], ["per", "hour"]):
        return number
    j = i - 1
    while j >= 0 and words[j] in _SPEED_HEDGES:
        j -= 1  # "doing about 50", "at least 40"
    if j < 0 or words[j] not in _SPEED_LEADS or nxt in _NOT_SPEED_AFTER:
        return None
    if not _ROAD & set(words):
        return None
    return number


#: Words that name a blood-oxygen reading ("oxygen 89", "sats 91", "SpO2 90", "O2 sat 88").
_OXYGEN_WORDS = frozenset({"oxygen", "sats", "sat", "saturation", "saturations", "spo",
                           "oximeter"})
#: Words that name a heart-rate reading ("HR 125", "pulse 130", "heart rate 118", "125 bpm").
_PULSE_WORDS = frozenset({"hr", "pulse", "rate", "heartrate", "bpm"})
#: Words of a sentence that make a heart rate one taken while exercising, not at rest.
_EXERCISE = frozenset(
    "run running ran ride riding cycling cycle bike jog jogging workout training train session "
    "gym sprint sprints sprinting intervals hiit climb climbing hill hills max peak zone race "
    "match game swim swimming exercise exercising lifting spin class during".split())
_AT_REST = frozenset({"resting", "rest", "sitting", "lying", "sat", "asleep", "sleeping"})


def _oxygen(number: float, nxt: str, before: list[str]) -> int | None:
    """A blood-oxygen reading: a whole number from 50 to 100 just after an oxygen word ("my
    oxygen is 89", "sats 91", "SpO2 of 90") or just before one ("89 sats")."""
    if not (number.is_integer() and 50 <= number <= 100):
        return None
    near = before[-3:]
    # "O2", "SpO2"
    o2 = any(a in ("o", "sp") and b == "2" for a, b in zip(near, near[1:], strict=False))
    if nxt in ("sats", "sat", "oxygen") or ((o2 or _OXYGEN_WORDS & set(near)) and not (
            nxt in _UNIT_DAYS or nxt in MEASURE_UNITS - {"%", "percent"})):
        return int(number)
    return None


def _heart_rate(number: float, nxt: str, before: list[str], words: list[str]) -> int | None:
    """A heart rate at rest: a whole number from 30 to 250 after 'HR', 'pulse' or 'heart rate',
    or before 'bpm', in a sentence that says the writer was resting or names no exercise."""
    if not (number.is_integer() and 30 <= number <= 250):
        return None
    near = before[-3:]
    named = nxt == "bpm" or "hr" in near or "pulse" in near or "heartrate" in near or (
        "rate" in near and "heart" in before)
    if not named or nxt in _UNIT_DAYS or nxt in MEASURE_UNITS:
        return None
    sentence = set(words)
    if sentence & _EXERCISE and not sentence & _AT_REST:
        return None
    return int(number)


def _months_between(sentences: list[Sentence]) -> int:
    """Whole months from a month the pain began ("since about Easter", "ever since I started
    there in March") to the month the writer says it is now ("it's October now"); 0 when the
    text does not give both."""
    start = now = None
    for sentence in sentences:
        words = [t.text for t in sentence.tokens if t.is_word]
        for i, word in enumerate(words):
            month = _MONTH_NUMBERS.get(word)
            if month is None or (word == "may" and (i == 0 or words[i - 1] not in _BEFORE_MAY)):
                continue
            if start is None and ("since" in words[max(0, i - 8):i] or "from" in words[
                    max(0, i - 2):i]) and (
                    "now" not in words[max(0, i - 3):i]):
                start = month  # ("since jan, now oct", "from Christmas ... now June")
            elif "now" in words[max(0, i - 3):i + 3]:
                now = month  # "now it is september", "october now"
    if start is None or now is None:
        return 0
    return (now - start) % 12


#: How a pain feels, or the injury it is, straight before a duration that is its length ("sore
#: 3 weeks", "calf strain 16 days").
_FEELING = frozenset({"painful", "sore", "tight", "aching", "achy", "stiff", "hurting", "tender",
                      "niggling", "throbbing", "ache", "aches", "pain", "niggle", "strain",
                      "sprain", "knot"})


def _lead(words: list[str], i: int) -> bool:
    """True when a duration is the pain's own length ('for 3 months', 'the past 6 weeks',
    'six months of calf pain', 'it has been 6 months', 'neck pain 7 weeks now')."""
    window = words[max(0, i - 3):i]
    after = words[i + 2:i + 3]
    if "ago" in after:
        # "3 weeks ago" is when something happened; "ever since the baby was born 6 months
        # ago" is how long it has lasted, and so is "a crick 5 wks ago, still not sorted"
        return "since" in words[max(0, i - 6):i] or "still" in words[i + 3:i + 6]
    if after in (["old"], ["olds"]):
        return False  # "a carer for a 34 year old man" is an age
    if after == ["of"] and words[i + 3:i + 4] and words[i + 3] in _NOT_THE_PAINS:
        return False  # "finished six months of blood thinners": a course, not the pain's length
    if after == ["into"] and set(words[i + 3:i + 7]) & (_PAIN_NOUNS | _FEELING | _INTO_IT):
        return True  # "I'm nine months into calf knots and heel pain": how long, so far
    if after in (["after"], ["later"], ["into"], ["before"]):
        return False  # "pain 6 months after the op": when, not how long
    if after in (["pregnant"], ["gone"], ["postpartum"], ["post"]):
        return False  # "about 6 weeks pregnant": how far along, not how long it hurts
    # ("tight and painful two months": a duration straight after how it feels; "(5ish months)":
    # a bare duration standing alone, an answer to "how long")
    # ("since Phagwah, now is 8 month", "since last Losar, now 5 months,": how long it has
    # been; not "now 3 months on", "now me, 30 years")
    # ('bin near enough a year with this elbow': 'been' as many say it, not a wheelie bin)
    been = "been" in window or ("bin" in window and not _BIN_OWNERS & set(words[max(0, i - 5):i]))
    # ("eight months already the pain", and "8 months na ang sakit" with the Tagalog and Bisaya
    # "na", already: as "now"; "Five months my lower back hurting every day": a sentence that
    # opens on its length)
    return bool(_DURATION_LEAD & set(window)) or after in (["of"], ["now"], ["na"], ["already"]) \
        or been \
        or (bool(window) and window[-1] in _FEELING) or (i == 0 and len(words) <= 4) \
        or (i == 0 and after in (["my"], ["me"])) \
        or window[-2:] == ["now", "is"] or (
            window[-1:] == ["now"] and after in ([","], ["."], [], ["and"])) or (
            bool(window) and after in ([","], ["."], [], ["and"]) and (
                window[-1] in _PAIN_NOUNS or (i <= 4 and window[-1] in _COMPLAINT_HEADS)
                # ("Neck and upper back ache, 6 months, constant": a note's length set off by
                # commas after the pain it is of)
                or (len(window) >= 2 and window[-1] == "," and window[-2] in _PAIN_NOUNS)))


#: Courses and times a duration "of" measures that are not the pain's ("six months of blood
#: thinners", "nine months of maternity leave").
_NOT_THE_PAINS = frozenset({"blood", "antibiotics", "chemo", "chemotherapy", "radiotherapy",
                            "warfarin", "apixaban", "rivaroxaban", "anticoagulants",
                            "anticoagulation", "maternity", "pregnancy", "leave", "tamoxifen"})

#: Complaints a duration runs "into" ("six months into this sciatica", "into calf knots").
_INTO_IT = frozenset({"knots", "sciatica", "niggles", "pains", "symptoms", "flare"})

#: Words before 'bin' that make it a bin for rubbish ('the bin', 'wheelie bin'), not 'been'.
_BIN_OWNERS = frozenset({"the", "a", "my", "our", "wheelie", "recycling", "dust", "wheely"})

#: Words for a pain that a bare duration straight after gives the length of ("shoulder pain 2
#: weeks, rest and massage no change").
_PAIN_NOUNS = frozenset({"pain", "pains", "ache", "aches", "aching", "niggle", "problem",
                         "trouble"})
#: Places and complaints a terse message opens with, its length straight after ("tennis elbow
#: 5 months.", "sciatica 3 weeks, no better").
_COMPLAINT_HEADS = frozenset({"elbow", "shoulder", "knee", "back", "neck", "hip", "sciatica",
                              "heel", "wrist", "ankle", "calf", "jaw", "foot", "shoulders"})


def _temperature(number: float, nxt: str, after: str, before: list[str]) -> float | None:
    if nxt in _TEMP_WORDS - {"degrees", "running", "reading"}:
        before = [*before, nxt]  # "38.7 temp"
    unit = nxt
    if nxt in ("degrees", "degree", "deg"):
        unit = after if after in _CELSIUS | _FAHRENHEIT else "degrees"
    if unit in _CELSIUS and 34 <= number <= 43:
        return number
    if unit in _FAHRENHEIT and 93 <= number <= 110:
        return round((number - 32) * 5 / 9, 1)
    if unit == "degrees" or _TEMP_WORDS & set(before):
        if 34 <= number <= 43:
            return number
        if 93 <= number <= 110:
            return round((number - 32) * 5 / 9, 1)
    return None


def _one_decimal(word: str) -> bool:
    whole, _, decimals = word.replace(",", ".").partition(".")
    return len(decimals) == 1 and whole.isdigit()


def _bare_reading(word: str, number: float, nxt: str, low: float = 37.5) -> bool:
    """A number with one decimal between ``low`` and 43 and no unit after it is a temperature
    read off a thermometer ("hot (38.9)"), not a time, a distance or a weight."""
    return (_one_decimal(word) and low <= number <= 43 and nxt not in _UNIT_DAYS
            and nxt not in _WEIGHT_UNITS and nxt not in MEASURE_UNITS)


_PEOPLE = frozenset(
    "mum mom mam mother dad father husband wife partner nan nana gran granny grandma grandad "
    "grandpa grandmother grandfather son daughter brother sister he she uncle aunt auntie "
    "aunty cousin neighbour neighbor friend boyfriend girlfriend stepdad stepmum stepmom "
    "stepfather stepmother".split()
)
#: Units after a number that make it a time, a distance or a count, not an age or a reading
#: ("I'm 200 miles away", "20 mins").
MEASURE_UNITS = frozenset(
    "minutes mins min seconds secs sec hours hrs hr km kms k kilometres kilometers miles mile m "
    "metres meters cm mm inches inch steps percent % x times reps litres liters ml".split()
)


#: Words that may follow a person and their bare age, opening what is told of them ("my
#: grandmother 68 has ...", "dad 72 gets breathless", "mum 80 suddenly ...").
_TELLING_VERBS = frozenset({"has", "have", "had", "is", "was", "got", "gets", "feels", "felt",
                            "complains", "says", "said", "keeps", "suddenly", "now"})


#: People "of" an age ("a woman of 62").
_OF_AGE = frozenset({"woman", "man", "lady", "gentleman", "chap", "bloke", "guy", "girl", "boy"})


def _age(number: float, words: list[str], i: int, proxy: bool = False) -> int | None:
    if not (number.is_integer() and 1 <= number <= 110):
        return None
    age = int(number)
    nxt = words[i + 1:i + 4]
    before = words[max(0, i - 2):i]
    if nxt[:1] in (["yo"], ["yrs"], ["y"]) and (nxt[:1] != ["y"] or "o" in nxt):
        return age
    if nxt[:2] in (["year", "old"], ["years", "old"], ["yr", "old"], ["yrs", "old"],
                   ["year", "olds"]):
        return age
    if nxt[1:3] == ["of", "age"] and nxt[:1] in (["years"], ["yrs"]):
        return age  # "I am 84 years of age": an age, not how long something has lasted
    if before[-2:] == ["i", "am"] and (len(nxt) == 0 or nxt[0] not in _UNIT_DAYS | _WEIGHT_UNITS
                                       and nxt[0] not in ("kg", "percent", "%", "minutes")):
        return age
    if i == 1 and words[0] == "am" and 16 <= age <= 100 and nxt[:1] in ([","], ["."], []):
        return age  # "Am 71, ex smoker.": the "I" left out
    if before[-1:] in (["aged"], ["age"]) or before == ["age", ":"]:
        return age  # ("Age: 66", as a form asks it)
    if before[-1:] == ["of"] and words[max(0, i - 2):i - 1] and words[i - 2] in _OF_AGE and (
            16 <= age <= 110):
        return age  # "I am woman of 62", "a man of 70": a person of that age
    if i == 0 and 16 <= age <= 100 and nxt[:1] in ([], ["."]) and len(words) <= 2:
        return age  # "... heart racing. 66. Pulled a muscle?": a number alone, the writer's age
    if i == 0 and 16 <= age <= 100 and nxt[:1] in ([","], ["m"], ["f"], ["male"], ["female"],
                                                    [")"]):
        return age  # "58, new shoulder pain", "62 f", "my husband (52)"
    if i == 1 and 16 <= age <= 100 and before[-1:] in (["m"], ["f"], ["male"], ["female"]):
        return age  # "M 69. sudden back pain": a note that opens with sex and age
    if proxy and before[-1:] == ["is"] and before[-2:-1] and before[-2] in _PEOPLE and (
            nxt[:1] not in (["weeks"], ["months"])):
        return age  # "Nan is 81", "dad is 70": the age of the person the message is about
    if proxy and before[-1:] and before[-1] in _PEOPLE and age >= 16 and nxt[:1] in (
            ["years"], ["yrs"]) and nxt[1:2] not in (["ago"], ["of"], ["since"]):
        return age  # "My father 70 years, he has ...": an age told without "old"
    if proxy and before[-1:] and before[-1] in _PEOPLE and age >= 16 and (
            nxt[:1] in ([","], ["."], ["and"], [])):
        return age  # "Dad's 72, ex-smoker" (read "dad 72 ,")
    if proxy and before[-1:] and before[-1] in _PEOPLE and age >= 16 and nxt[:1] and (
            nxt[0] in _TELLING_VERBS):
        return age  # "My grandmother 68 has new pain at her temple": no commas round the age
    if proxy and before[-1:] == [","] and before[-2:-1] and before[-2] in _PEOPLE and (
            age >= 16 and nxt[:1] in ([","], ["."], ["and"], [])):
        return age  # "Husband, 68, smoker": a note about someone that opens with their age
    if i == 1 and words[0] == "now" and 30 <= age <= 100 and nxt[:1] in ([","], ["."], []):
        return age  # "Now 70, and there's a constant ache"
    if 0 < i <= 3 and words[i - 1] == "," and 30 <= age <= 100 and nxt[:1] in ([], ["."]):
        return age  # "Retired, 70."
    if (i == 0 or before[-1:] in (["("], [","])) and 16 <= age <= 100 and nxt[:1] == [
            "next"] and (
            nxt[1:2] in (["week"], ["month"], ["year"], ["birthday"])):
        return age - 1  # "Jim (70 next month!)": an age about to be reached
    if nxt[:1] == ["s"] and before[-1:] in (["my"], ["late"], ["early"], ["mid"]):
        return age + (5 if before[-1] in ("late", "mid") else 0)
    if before[-1:] == ["at"] and 50 <= age <= 100 and nxt[:1] in (
            [","], ["."], [], ["and"], ["but"]) and not _ROAD & set(words):
        return age  # "bad back again at 70, but this time ...": the age it happens at
    return None
