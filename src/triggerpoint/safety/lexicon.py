"""Words as the safety gate reads them: tokens with stems, and terms matched on stems.

A description is lower-cased, contractions are spelled out ("can't" -> "cannot", "didn't" ->
"did not"), and it is cut into sentences of tokens. Each word keeps its Snowball stem, with a
final -i/-y dropped from stems longer than four letters, so "droop", "drooping" and "droopy" are
one word. A term is a phrase whose content words must appear in order, with up to ``MAX_GAP``
other words between them ("lost control of my bladder" matches "lost all control of the
bladder"); a term word ending in ``*`` matches any word that starts with it; a word of five or
more letters that is not in the vocabulary matches a vocabulary word one letter away (two from
nine letters), with the same first letter, so common misspellings are caught without listing
them ("numbnes", "incontinance", "breth").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Final

import Stemmer
from rapidfuzz.distance import Levenshtein

from triggerpoint.yamlio import read_yaml

__all__ = [
    "CLOSED_CLASS",
    "FUNCTION_WORDS",
    "english_words",
    "MAX_GAP",
    "Match",
    "Sentence",
    "Token",
    "Vocabulary",
    "compile_term",
    "coordinated",
    "match_at",
    "normalise",
    "sentence_spans",
    "sentences",
    "stem",
]

MAX_GAP = 2

#: Words left out of terms: articles, possessives, copulas and fillers ("my face is droopy" is
#: "face droopy"); prepositions stay, so "pain in my ball" does not become "pain ... ball".
FUNCTION_WORDS = frozenset(
    "the a an my your his her their is are was were it its be been some any very really "
    "just".split()
)

#: Prepositions, particles and quantifiers: a term made only of these and function words ("all
#: over", "down into") is a fixed phrase, matched with no words in between ("all Sunday hunched
#: over" is not "all over").
CLOSED_CLASS = FUNCTION_WORDS | frozenset(
    "all over down up into out off on in at to from through across around about back away under "
    "above below both every each".split()
)

#: Common words that must never be read as a misspelt vocabulary word.
_NEVER_CORRECTED = frozenset(
    "never weeks weekly seeing spelling smelling dwelling breeding passing sitting setting "
    "getting letting feeling falling filling killing selling telling heating beating eating "
    "waiting walking talking hiking biking liking making taking baking raking shaking morning "
    "evening whether weather better bitter butter letter matter mother father brother sister "
    "bother another either neither rather gather tether other others things thinks think "
    "stretch stretching stretches stretched strength lifting shifting rolling roller bolster "
    "pillow yellow fellow follow hollow swallow shallow stiffer stiffen little middle muscle "
    "muscles knotty pretty plenty twenty thirty forty fifty sixty seventy eighty ninety "
    "should would could there where these those three threw through though thought leaning "
    "important peroneal peroneals soleus consultant propped certain shrugging smoothing "
    "stubbing sewing blocked direction clothing armrest sustained bloke blokes "
    "hearin dyspraxia dyspraxic".split()
)

_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\bcan'?t\b|\bcan not\b", "cannot"),
        (r"\bwon'?t\b", "will not"),
        (r"\b(do|does|did|have|has|had|is|are|was|were|could|would|should|must|need|"
         r"ai|might)n'?t\b", r"\1 not"),
        # "haven't been able to pass urine", "unable to lift my arm": one form, "cannot", so
        # every term's "cannot" reads them all (when it was is told by the words around it, as
        # for any sign; "could not" stays: "couldn't move it for a minute" is often over)
        (r"\b(have|has|had|am|is|are|was|were) not (been )?able to\b", "cannot"),
        (r"\b(was|were) unable to\b", "cannot"),
        (r"\b(not (been )?able|unable) to\b", "cannot"),
        # a body part that "failed to hold the cup" (the English of much of Africa): it cannot
        # (not a treatment that "failed to help")
        (r"\b(hand|hands|arm|arms|leg|legs|foot|feet|fingers|knee|knees) (has |have )?"
         r"(failed|fails|failing) to\b", r"\1 cannot"),
        (r"\bi'?m\b", "i am"),
        (r"\bi'?ve\b", "i have"),
        (r"\bi'd\b", "i had"),
        (r"\bi'll\b", "i will"),
        (r"\b(it|that|there|what|he|she)'s\b", r"\1 is"),
        (r"\b(we|they|you)'re\b", r"\1 are"),
        (r"\b(we|they|you)'ve\b", r"\1 have"),
        (r"\b(they|you)re\b", r"\1 are"),  # "theyre", "youre" typed without the apostrophe
        (r"\b(he|she|that|what|there)s\b", r"\1 is"),  # "shes", "thats", "whats"
        (r"\b(i|he|she|we|they|you)'d (had|been|gone)\b", r"\1 had \2"),
        (r"\b(himself|herself|themselves|themself|yourself)\b", "myself"),
        # "the skin's gone darker", "my calf's been sore": has, not a possessive
        # (and "our dog's just been diagnosed", "it's now spread": an adverb between)
        (r"(?<=[a-z])'s ((?:just|now|already|recently|finally|suddenly|also|since|only|slowly|"
         r"gradually|never|always) )?(been|gone|got|become|started|stopped|turned|changed|"
         r"spread|moved)\b",
         r" has \1\2"),
        # "mum's still in hospital", "dad's in a&e": is, not a possessive
        (r"(?<=[a-z])'s (still|in hospital|in a and e|in a&e|in icu|in intensive care|"
         r"on the ward|on a drip)\b", r" is \1"),
        (r"(?<=[a-z])'s\b", ""),
        # "my husbands back pain", "our sons knee": a possessive typed without its apostrophe
        (r"\b(my|our) (husband|hubby|wife|son|daughter|mum|mom|mam|dad|mother|father|partner|"
         r"nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|boyfriend|girlfriend|"
         r"fiance|fiancee|baby|toddler|teenager)s\b", r"\1 \2"),
        (r"(?<=[a-z])s'(?=\s|$)", "s"),
    )
)
#: Dialect and eye-dialect spellings read as the standard words, so that the lay words of the
#: concepts match however they are spelled ("he cannae stand", "ma heid's sair", "me back's
#: gone"). Scots forms from public glossaries (Scots word lists for George MacDonald's novels,
#: https://worksofmacdonald.com/gm-scots-dictionary and https://www.ccel.org/ccel/macdonald/
#: sirgibbie.lxv.html; https://www.geocities.ws/scotlandsmahame/oldscottishwordsinusetoday.html),
#: only where the word has no other everyday English sense.
_DIALECT: dict[str, str] = {
    # Scots negatives: "cannae", "dinna", "wisnae"
    "cannae": "cannot", "canna": "cannot", "cannae've": "cannot have",
    "dinnae": "do not", "dinna": "do not", "didnae": "did not", "didna": "did not",
    "couldnae": "could not", "couldna": "could not", "cudnae": "could not",
    "wouldnae": "would not", "wouldna": "would not", "widnae": "would not",
    "shouldnae": "should not", "isnae": "is not", "isna": "is not", "wasnae": "was not",
    "wisnae": "was not", "wasna": "was not", "doesnae": "does not", "disnae": "does not",
    "hasnae": "has not", "hasna": "has not", "havenae": "have not", "havnae": "have not",
    "huvnae": "have not", "hivnae": "have not", "willnae": "will not", "winnae": "will not",
    "arenae": "are not", "werenae": "were not", "mustnae": "must not", "nae": "no",
    "naw": "no", "gonnae": "going to",
    # text spellings of common words ("bone poking thru the skin")
    "thru": "through", "thro": "through",
    # ... and text spellings of the negatives ("cudnt get the words out", "wudnt stop")
    "cudnt": "could not", "cudn't": "could not", "cdnt": "could not", "wudnt": "would not",
    "wudn't": "would not", "shudnt": "should not", "didnt": "did not", "dint": "did not",
    "havnt": "have not", "hvnt": "have not", "dnt": "do not",
    "theyve": "they have", "youve": "you have", "weve": "we have",
    # Scots words and spellings
    "tae": "to", "aboot": "about", "oot": "out", "doon": "down", "roon": "round",
    "roond": "round", "aroon": "around", "aroond": "around", "ower": "over", "oan": "on",
    "withoot": "without", "wioot": "without", "kennin": "knowing", "pittin": "putting",
    # ("my back's giving me gyp": British slang for pain, https://dictionary.cambridge.org/
    # dictionary/english/gyp)
    "giving me gyp": "giving me pain", "giving me jip": "giving me pain",
    "givin me gyp": "giving me pain", "givin me jip": "giving me pain",
    "fae": "from", "frae": "from", "wi": "with", "aw": "all", "a'": "all", "awfy": "very",
    "mair": "more", "efter": "after", "wis": "was", "baith": "both", "twa": "two",
    # ("watch oot fur numbness": Scots "fur" is "for", https://dsl.ac.uk/entry/snd/for; "sair fer
    # the best pairt o a year")
    "fur": "for", "fer": "for", "pairt": "part",
    "yin": "one", "anither": "another", "hame": "home", "auld": "old", "heid": "head",
    "heider": "header", "heidache": "headache", "heidaches": "headaches",
    # (and "naethin there" after a scan, "telt me aboot", "whit else", "wan o the lads", a
    # "cauld flagstane", feeling "boakie", a jaw "nippin": Scots words as the Dictionaries of
    # the Scots Language give them, https://dsl.ac.uk/, cited from memory)
    "naethin": "nothing", "telt": "told", "whit": "what",
    "wan of": "one of", "cauld": "cold", "flagstane": "flagstone", "boakie": "sick",
    "bokey": "sick", "nippin": "hurting", "fricht": "fright", "wifie": "woman", "cairry": "carry",
    "heids": "heads", "sair": "sore", "airm": "arm", "airms": "arms", "shooder": "shoulder",
    "shooders": "shoulders", "shouther": "shoulder", "shouthers": "shoulders", "haun": "hand",
    "hauns": "hands", "haund": "hand", "haunds": "hands", "een": "eyes",
    "wame": "belly", "bairn": "child", "bairns": "children", "wean": "child", "wain": "child",
    "wains": "children", "weans": "children", "da": "dad", "maw": "mum", "masel": "myself",
    "mysel": "myself",
    "hissel": "himself", "himsel": "himself", "hersel": "herself", "yersel": "yourself",
    "ye": "you", "yer": "your", "youse": "you", "boak": "vomit", "boke": "vomit",
    "boakin": "vomiting", "bokin": "vomiting", "boaking": "vomiting", "boked": "vomited",
    "boaked": "vomited", "bock": "vomit", "bocked": "vomited", "bocket": "vomited",
    "bockin": "vomiting", "bocking": "vomiting", "stookie": "plaster cast", "greetin": "crying",
    "wrang": "wrong", "richt": "right", "nicht": "night", "aff": "off", "intae": "into",
    # (and "oot o naewhere ma heid went like it wis split wi an axe, couldnae staund, an Eh went
    # doon on the kitchen flair": Eh for I, a floor, an afternoon; "eight year sin", "lang syne":
    # ago)
    "naewhere": "nowhere", "oot o": "out of", "staund": "stand",
    "efternin": "afternoon", "efternoon": "afternoon", "eh went": "i went",
    "kitchen flair": "kitchen floor", "the flair": "the floor",
    # (north-east Doric: "ma wyme's affa sair, startit sudden ... goes richt throw tae ma back")
    "wyme": "belly", "affa": "very", "startit": "started", "richt throw": "right through",
    "throw tae": "through to", "sax month": "six months", "sax weeks": "six weeks",
    "nigh on": "nearly",
    # ("A cannae pit ony weight on it", "a steroid jag intae it": Scots "ony", any; "pit", put,
    # only before a weight; "jag", an injection, only after a drug or before "into"; "since
    # last back-end", since last autumn)
    "ony": "any", "onything": "anything", "onybody": "anybody", "awfu": "awful",
    "last back end": "last autumn", "last back-end": "last autumn",
    # (Doric: "cam on aa at eence fin I wis liftin", came on all at once when I was lifting;
    # "cowped aff the trailer", tipped off it; "landit", landed; "split wi an aix", an axe;
    # "gairden", garden; only where no English word is spelt so)
    "aa at eence": "all at once", "at eence": "at once", "aix": "axe", "fin i": "when i",
    "cowped aff": "fell off", "cowped ower": "fell over", "cowped": "fell", "landit": "landed",
    "gairden": "garden", "gairdens": "gardens",
    "pit ony": "put any", "pit weight": "put weight", "pit my weight": "put my weight",
    "steroid jag": "steroid injection", "cortisone jag": "cortisone injection",
    "jag intae": "injection into", "jag into": "injection into",
    "year sin": "years ago", "years sin": "years ago", "year syne": "years ago",
    "years syne": "years ago", "lang sin": "long ago", "lang syne": "long ago",
    "ontae": "onto", "ootside": "outside", "gaun": "going", "staun": "stand",
    "staunin": "standing", "birlin": "spinning", "birling": "spinning", "chitterin": "shivering",
    "chittering": "shivering", "pechin": "out of breath", "peching": "out of breath",
    "drookit": "soaked", "skelp": "hit", "skelped": "hit", "dunt": "knock", "dunted": "knocked",
    "bane": "bone", "banes": "bones", "taes": "toes", "hert": "heart", "baws": "balls",
    "baw": "ball", "noo": "now", "wor": "our",
    # spellings by ear ("cant feal wen i need a wee, had a little acident ... with out noticeing")
    "feal": "feel", "acident": "accident", "noticeing": "noticing", "tingely": "tingly",
    "with out": "without", "the guts of a": "nearly a", "the guts of an": "nearly an",
    "o puff": "of puff", "o breath": "of breath", "atween": "between",
    "whan": "when", "deid": "dead", "the sam": "the same",
    # ("ma calf's swalled an het tae touch an a bit reid since the lang drive": swollen, hot,
    # red, long; "reid" only after a word of degree or "and", as Reid is also a name)
    "swalled": "swollen", "swallen": "swollen", "het tae": "hot to", "het to the touch":
    "hot to the touch", "a bit reid": "a bit red", "aw reid": "all red", "awfy reid": "very red",
    "an reid": "and red", "and reid": "and red", "reid an": "red and", "reid and": "red and",
    "on an aff": "on and off", "oan an aff": "on and off",
    "back end o last year": "autumn last year", "back end of last year": "autumn last year",
    "lang drive": "long drive", "lang flight": "long flight", "lang journey": "long journey",
    "mooth": "mouth", "wan side": "one side", "oan wan side": "on one side",
    # (Doric and Scots "ken", to know, and "fan", when, only after the words that make them so:
    # "I dinna ken fan I need a pee"; "jist", just; "ain", own; "ilka", every: the MacDonald
    # glossary above, the rest from memory)
    "dinna ken": "do not know", "dinnae ken": "do not know", "didna ken": "did not know",
    "didnae ken": "did not know", "disnae ken": "does not know", "canna ken": "cannot know",
    "ken fan": "know when", "dinna ken fan": "do not know when",
    "dinnae ken fan": "do not know when", "didna ken fan": "did not know when",
    "didnae ken fan": "did not know when", "jist": "just", "its ain": "its own", "ma ain": "my own",
    "my ain": "my own", "his ain": "his own", "her ain": "her own",
    # (and "wik", a week, only with the words that make it so: in Krio "wik" is weak, below)
    "ilka": "every", "ilka wik": "every week", "every wik": "every week", "a wik": "a week",
    "this wik": "this week",
    "last wik": "last week", "the wik": "the week", "wiks": "weeks", "shouder": "shoulder",
    "shouders": "shoulders",
    # (Shetland: "a shadow cam doon ower me left ee", "dis mornin"; Northlink Ferries'
    # Shetland words, https://www.northlinkferries.co.uk/shetland-blog/shetland-words-to-know:
    # dis "this", doon "down"; John J. Graham's glossary, http://www.baysights.com/
    # shetlandbooks/shetdocs/glossary.htm: "Da man at cam yesterday"; "ee" the eye of "een"
    # above; an "ee", "cam", "dis" or "fir" only beside the words that make them so)
    "cam doon": "came down", "cam ower": "came over", "cam on": "came on",
    "left ee": "left eye", "right ee": "right eye", "my ee": "my eye", "me ee": "my eye",
    "ae ee": "one eye", "wan ee": "one eye", "dis mornin": "this morning",
    "dis morning": "this morning", "fir a week": "for a week", "fir a few": "for a few",
    # an "h" dropped and marked, as Lancashire, the Potteries and Cockney write it ("me 'ead",
    # "me chest 'urts"; https://en.wikipedia.org/wiki/H-dropping): only words of the body and
    # of pain, since a quote can begin "'and"
    "'ead": "head", "'eadache": "headache", "'eadaches": "headaches", "'urts": "hurts",
    "'urt": "hurt", "'urting": "hurting", "'ip": "hip", "'ips": "hips", "'eart": "heart",
    "'eel": "heel", "'eels": "heels", "'ospital": "hospital", "'ands": "hands",
    "'ot": "hot",
    # (and the "has" and "had" of what was said, before the words that show it: "me speech 'as
    # gone funny")
    "'as gone": "has gone", "'as been": "has been", "'as got": "has got", "'ad a": "had a",
    "'ave been": "have been", "'ave got": "have got",
    # spelt as said, by writers who spell by sound ("i cant breeve", "my hart go fast"): only
    # spellings that are no English word of their own
    "breeve": "breathe", "breev": "breathe", "breeving": "breathing", "breef": "breath",
    "breving": "breathing", "my hart": "my heart", "hart beat": "heartbeat",
    # West Country "ent" for "am not", "is not" ("I ent numb nowhere";
    # https://en.wikipedia.org/wiki/West_Country_English), only after a person, as "ENT" is
    # also the ear, nose and throat clinic
    "i ent": "i am not", "it ent": "it is not", "he ent": "he is not", "she ent": "she is not",
    "they ent": "they are not", "we ent": "we are not", "that ent": "that has not",
    "ent shifted": "has not shifted", "ent improved": "has not improved",
    "ent changed": "has not changed", "ent eased": "has not eased", "ent helped": "has not helped",
    # Yorkshire words (Yorkshire Dialect Society, "Word recognition",
    # https://www.yorkshiredialectsociety.org.uk/word-recognition/: baht, nowt, owt;
    # http://www.penpictorial.co.uk/extras_yorks.htm: allus)
    # and spellings ("an'" for "and", "wi'out", "neet" for "night")
    "baht": "without", "wi'out": "without", "an'": "and", "nowt": "nothing",
    "owt": "anything", "summat": "something", "allus": "always", "neet": "night",
    "toneet": "tonight", "nivver": "never", "ivver": "ever", "ivvery": "every",
    # (the Co-op, a shop: not an "op")
    "co-op": "coop", "co op": "coop",
    # ("the left side o' me gob wouldn't shut": northern English "gob" is the mouth,
    # https://www.oed.com/dictionary/gob_n2)
    "gob": "mouth",
    # Geordie and Durham words (Durham & Tyneside Dialect Group's word list from Haldane's
    # "Geordie's Last", https://www.indigogroup.co.uk/durhamdialect/howdon1879.htm: aa "I",
    # aal "all", brocken "broken"; http://one.v-english.jp/news/teachers-blog/01018909: divvent
    # "don't", hyem "home", deed "dead", wor "our"; https://rayhudson.wordpress.com/geordictionary/:
    # aall; the Geordie article in the Scots Wikipedia: cannit, divint, nettie; "me heed" as in
    # the Tynesprawl guide's "stove ya heed in"); "nee" for "no" is read in _NEE_NO
    "aal": "all", "aall": "all", "cannit": "cannot", "cannet": "cannot", "divvent": "do not",
    "divvn't": "do not", "divint": "do not", "divvint": "do not", "divvn": "do not",
    "brocken": "broken", "thowt": "thought", "aa've": "i have", "aa'm": "i am",
    "aa'd": "i had", "aa'll": "i will", "netty": "toilet", "nettie": "toilet",
    "hyem": "home", "gannin": "going", "me heed": "my head", "my heed": "my head",
    "his heed": "his head", "her heed": "her head", "the heed": "the head",
    "gone deed": "gone dead", "went deed": "went dead", "feels deed": "feels dead",
    # Norfolk words ("my mouth hev gone all on the huh down one side"; "like summun clobbered me
    # on the back o the hid": https://www.herbertwoods.co.uk/blog/understanding-the-norfolk-
    # dialect-fur-furriners/ gives hid "head", huh (on the) "uneven, not level", dudder
    # "shiver"; https://friendsofnorfolkdialect.com/portfolio-items/norfolk-glossary/ spells
    # "hev" for "have"; suffin, nothen and summun as spoken there)
    "hev": "have", "in't shifted": "has not shifted", "bin doin": "been doing",
    "on the huh": "lopsided", "all on the huh": "lopsided",
    "the hid": "the head", "my hid": "my head", "me hid": "my head", "his hid": "his head",
    "her hid": "her head", "summun": "someone", "suffin": "something", "sumfin": "something",
    "nothen": "nothing", "dudder": "shiver", "duddering": "shivering", "dudderin": "shivering",
    # Black Country words ("I cor get me words out", "I ay touched a drop": the Black Country
    # Society's A-Z, https://www.blackcountrysociety.com/blackcountrydialect: ay "haven't or
    # isn't", bay "am not", bally "belly"; "I ay sid 'er" for "I haven't seen her" in the Black
    # Country dialect article, https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDD
    # P1mXWo6uco/wiki/Black_Country_dialect.html); "cor" (can't) only after a person
    # Lancashire, Yorkshire and Cumbrian "tek" (take: "when I tek a big breath")
    "tek": "take", "tekkin": "taking",
    "i ay": "i have not", "it ay": "it is not", "i bay": "i am not", "i cor": "i cannot",
    # (and "yed", head: "summat went bang in me yed"; "this ay that", "ay made a blind bit of
    # difference": "ay" in phrases only, as it is also yes)
    "yed": "head", "yedache": "headache", "this ay": "this is not", "ay made": "has not made",
    "ay got": "have not got",
    "he cor": "he cannot", "she cor": "she cannot", "cor get": "cannot get", "bally": "belly",
    "cor hold": "cannot hold", "cor lift": "cannot lift", "cor grip": "cannot grip",
    "cor feel": "cannot feel", "cor move": "cannot move", "cor walk": "cannot walk",
    "cor see": "cannot see", "cor stand": "cannot stand", "cor talk": "cannot talk",
    # Yorkshire "mesen", "missen" (myself: "I've wet mesen twice"), Jamaican "bwoy" (boy)
    "mesen": "myself", "missen": "myself", "bwoy": "boy", "me bwoy": "my boy",
    "nah feel": "not feel",  # Caribbean "me nah feel when me bladder full"
    # Sierra Leone Krio written as spoken ("me shoulda de hol me bad", "a nor fit raise me rayt
    # han", "me tu fut dem de wik"), from memory of Fyle and Jones, A Krio-English Dictionary
    # (Oxford University Press, 1980) and its spelling, no page being open to check: only words
    # and phrases with no English sense of their own ("said", "naw", "pan", "wet" are left)
    "de hol me": "hurts me", "de hol": "hurts", "pain pas": "pain very bad", "nor fit": "cannot",
    "las wik": "last week", "tu wik": "two weeks", "tri wik": "three weeks", "dis monin":
    "this morning", "me tu fut dem": "both my legs", "tu fut": "both legs", "los wet":
    "lose weight", "get suga": "have diabetes", "pas out": "passed out", "ol ova": "all over",
    "me shoulda": "my shoulder", "me bak": "my back", "me nek": "my neck", "me kaf": "my calf",
    "me fut": "my foot", "me ed": "my head", "di ed": "the head", "me nee": "my knee",
    "me tay": "my thigh", "me bols": "my balls", "me pi": "my pee", "shoulda": "shoulder",
    "bak": "back", "nek": "neck", "kaf": "calf", "fut": "foot", "bret": "breath",
    "fiba": "fever", "bols": "balls", "swel": "swell", "toylet": "toilet", "wod": "word",
    "rayt": "right", "bele": "belly", "blod": "blood", "tayad": "tired", "tosh": "touch",
    "memba": "remember", "bost": "burst", "tunda": "thunder", "wos": "worst",
    "fos": "first", "yestade": "yesterday", "monin": "morning", "difren": "different",
    "apin": "happen", "bifo": "before", "evri": "every", "smol": "small", "operashon":
    "operation", "waka": "walk", "wik": "weak", "bodi": "body", "nak": "knock", "tayt": "tight",
    "shayn": "shiny", "nonsens": "nonsense", "tok": "talk", "kam": "come", "lek": "like",
    "wen": "when", "notin": "nothing", "rayt han": "right hand", "lef han": "left hand",
    "me han": "my hand", "lef": "left", "wod dem": "words", "me rayt han": "my right hand",
    "me lef han": "my left hand", "dem de wik": "are weak", "de wik": "is weak",
    "me tu fut dem de wik": "both my legs are weak", "and naw": "and now",
    "sidon cross leg": "sat cross legged", "go ded": "went dead",
    "nah": "no",  # ("nah swelling, nah fever"; and everywhere "nah, not really")
    # Shetland, Orkney, Doric and Dundonian words ("me left baa is sudden aafil sair an swellt
    # up, an I'm been spewin"; "Eh've hud a sair neck ... cuidna get meh words oot"), written
    # from memory of public glossaries (Shetland ForWirds, https://www.shetlanddialect.org.uk/;
    # the Doric and Dundonian entries of the Dictionaries of the Scots Language,
    # https://dsl.ac.uk/) when no page could be opened; only words with no other English sense,
    # or in the pairs where they have none ("an oor", "left baa")
    "du": "you", "peedie": "small", "aafil": "awful", "pecht": "out of breath",
    "spewin": "vomiting", "spewed": "vomited", "left baa": "left ball", "right baa": "right ball",
    "syne": "ago", "tocht": "thought", "braith": "breath", "gaein": "going", "laek": "like",
    "haand": "hand", "haands": "hands", "cuidna": "could not",
    "meh": "my", "eh've": "i have", "eh'm": "i am", "eh wis": "i was", "eh hud": "i had",
    "gied wey": "gave way", "jaa": "jaw", "an oor": "an hour", "winna": "will not",
    "flor": "floor", "stane": "stone", "trappit": "trapped", "mither": "mother",
    "simmer": "summer", "da sam": "the same", "shakkin": "shaking", "weet": "wet",
    "slippit": "slipped", "gey": "very", "straicht": "straight", "spaekin": "speaking",
    "hip don": "hip done", "knee don": "knee done", "swellt": "swollen", "hud": "had",
    "hes been": "has been", "i am fu": "i am drunk", "i'm fu": "i am drunk",
    "an hid": "and it", "hid feels": "it feels", "fur near": "for nearly",
    "fur aboot": "for about",
    # (Doric and Fife: "like a weicht on ma breist, noo Eh'm aa sweitin an feel like bowkin";
    # "ma richt eelid's drappin an the black o ma ee looks smaller"; "the left side o ma face his
    # drappit an ma left airm's gey feckless, Ah canna lift it abeen ma shooder"; "sittin on the
    # lavvy seat ... like ma bahookie's gone tae sleep ... strain tae get the watter oot")
    "weicht": "weight", "breist": "chest", "sweitin": "sweating", "swytin": "sweating",
    "bowk": "vomit", "bowkin": "vomiting", "bowked": "vomited", "bowkit": "vomited",
    "eelid": "eyelid", "eelids": "eyelids", "ma ee": "my eye", "his ee": "his eye",
    "her ee": "her eye", "black o ma ee": "pupil of my eye", "black o his ee": "pupil of his eye",
    "drappin": "dropping", "drappit": "dropped", "his drappit": "has dropped",
    "hes drappit": "has dropped", "feckless": "weak", "abeen": "above", "ahint": "behind",
    "lavvy": "toilet", "bahookie": "bottom", "watter": "water", "ah canna": "i cannot",
    "brither": "brother", "brithers": "brothers",
    # ("Ah'm sair at the side o' ma back ... ah'm roastin an' shiverin")
    "ah'm": "i am", "ah've": "i have", "ah'd": "i had", "o' ma": "of my", "o' my": "of my",
    "o' the": "of the",
    # ("murder bendin tae pit ma socks on": put, not a pitting swelling; "ma faither's calf";
    # "for the maist o this year"; "wis oot for a wee bit the wife says" after a knock: knocked
    # out, only with "for a wee bit", as "wis oot" alone is going out)
    "pit ma": "put my", "pit my": "put my", "pit on": "put on", "pit it": "put it",
    "tae pit": "to put", "faither": "father", "maist o": "most of", "maist": "most",
    # (the "wee" is "small" by now: _WEE_SMALL runs first)
    "wis oot for a small bit": "was knocked out for a bit",
    # (Shetland: "da words cam oot aa wrang, jumbled up, an me right leg gied wi me": came out
    # all wrong, gave way)
    "cam oot": "came out", "cam out": "came out", "out aa wrang": "out all wrong",
    "aa wrang": "all wrong", "gied wi me": "gave way", "gied way": "gave way",
    "was out for a small bit": "was knocked out for a bit",
    # Appalachian and Cajun spellings ("pressure betwixt my shoulder blades", "short-winded",
    # "de shingles las year")
    "betwixt": "between", "short winded": "short of breath",
    "las year": "last year", "las week": "last week", "las night": "last night",
    # Mancunian and northern "our kid": the writer's brother or sister, someone else
    # (the same Scots Wikipedia article: "wor kid ... yer siblin")
    "our kid": "my brother", "wor kid": "my brother",
    # Jamaican and eastern Caribbean "modda", "mudda" (mother), "fadda" (father): "me ask cause
    # me modda always a fall" is about her (Cassidy and Le Page, Dictionary of Jamaican English,
    # from memory; "faada" is read above)
    "modda": "mother", "mudda": "mother", "fadda": "father",
    # West Country "bain't" for "isn't" ("It bain't swollen, bain't red nor hot": the forms of
    # "be" in https://en.wikipedia.org/wiki/West_Country_English)
    "bain't": "is not", "baint": "is not",
    # Yorkshire "in't" is both "isn't" and "in the" ("'t'in't in't tin", it isn't in the tin:
    # https://lomondbooks.com/catalog/product?products_id=27472), so only after a subject ("I
    # in't sweatin nor short o breath"); "dun't" is "doesn't" ("it dun't go into my arm")
    "i in't": "i am not", "it in't": "it is not", "he in't": "he is not",
    "she in't": "she is not", "that in't": "that is not", "there in't": "there is not",
    "we in't": "we are not", "they in't": "they are not", "dun't": "does not",
    # Liverpool and northern speech ("me ma's shoulder's gone proper red an hot an swole")
    "swole": "swollen", "swoll": "swollen",
    # Polari, the old theatre and gay slang ("both lallies have gone pins and needles", "sat on
    # the carsey": https://en.wikipedia.org/wiki/Polari, cited from memory)
    "lallies": "legs", "lally": "leg", "carsey": "toilet", "khazi": "toilet",
    "ogles": "eyes", "riah": "hair", "lucoddy": "body", "thews": "arms",
    # Cockney rhyming slang for the body ("a crick in me Gregory Peck", "one side of me boat
    # race has gone saggy", "me left Chalk Farm's gone heavy": https://trantor.is/content/
    # xKEPFGA8Sduo-HvH/html/18_chapter12.html, loaf of bread, boat race, plates of meat;
    # https://learn-authentic-english.com/slang-cockney-rhyming-slang/, mince pies, north and
    # south, trouble and strife; https://chillichapsworld.blogspot.com/2024/05/chillichaps-to-z-
    # guide-of-cockney.html, Gregory Peck), and "hooter" for the nose
    "gregory peck": "neck", "boat race": "face", "chalk farm": "arm", "chalk farms": "arms",
    "mince pies": "eyes", "plates of meat": "feet", "north and south": "mouth",
    "loaf of bread": "head", "me loaf": "my head", "my loaf": "my head", "his loaf": "his head",
    "her loaf": "her head", "trouble and strife": "wife", "khyber pass": "bum", "khyber": "bum",
    "hooter": "nose",
    # New Zealand English: a "chilly bin" is a cool box (not feeling chilly)
    "chilly bin": "cool box", "chilly bins": "cool boxes", "chillybin": "cool box",
    # informal English
    "gonna": "going to", "wanna": "want to", "dunno": "do not know",
    # phonetic spellings of short words the slip-mender leaves alone (under six letters)
    "stil": "still", "sumone": "someone", "tite": "tight", "evry": "every", "anyting": "anything",
    "nite": "night",
    "hed": "head", "hedache": "headache", "hedaches": "headaches", "brest": "breast",
    # Caribbean English (Jamaican and other creoles): "she cyaan lift de cup", from Jamaican
    # word lists for visitors (https://jamaica876.com/Jamaica-Culture/Jamaican-Language.html:
    # cyaan "cannot"; https://www.ninemileclothing.com/pages/nine-mile-jamaican-dictionary: cyah
    # "can't", nuh; https://wetravelthiswaybutonce.blogspot.com/2008/01: di "the"); "dem" and
    # "wid" as in those lists' examples
    "cyaan": "cannot", "kyaan": "cannot", "cyah": "cannot", "kyah": "cannot",
    "caan": "cannot", "cyaa": "cannot", "de": "the", "di": "the", "dem": "them",
    "wid": "with", "pickney": "child", "pickneys": "children", "faada": "dad",
    # (and from the same lists: pon "on", odda "other", likkle "little", inna "in", mawnin
    # "morning", nutten "nothing", stan "stand", nuh "no")
    "pon": "on", "odda": "other", "likkle": "little", "inna": "in", "mawnin": "morning",
    "nutten": "nothing", "nuttin": "nothing", "stan": "stand", "nuh": "no",
    # ("mi bredda did have meningitis": https://travelasker.com/in-jamaican-what-is-the-word-
    # for-brother/ gives bredda for brother)
    "bredda": "brother", "breda": "brother", "sista": "sister", "sistah": "sister",
    # (and "worse dan anyting", "noh change", Trinidad "mih" for my, "head just bus" for burst)
    "worse dan": "worse than", "more dan": "more than", "better dan": "better than",
    "bigger dan": "bigger than", "noh": "no", "mih": "my", "head just bus": "head just burst",
    "head bus": "head burst", "nothin": "nothing", "mi ever": "i ever", "mi nearly": "i nearly",
    # (and "a heavy squeeze inna mi chess ... mi cyaan ketch mi breath", "mi sweat out mi
    # shirt": chest, catch, I; "chess" alone stays the game)
    "mi chess": "my chest", "di chess": "the chest", "ketch": "catch", "mi sweat": "i sweat",
    "everyting": "everything",
    # (Bajan "muh" for my: "knock muh head", "muh daughter say one pupil lookin bigger")
    "muh": "my",
    # Nigerian Pidgin as written in English (BBC News Pidgin's usage, https://www.bbc.com/pidgin,
    # cited from memory): "my leg dey pain me", "my shin don bend", "I no fit stand", "okada jam
    # me"; "dey" and "don" only in these phrases ("don" is English)
    "dey pain": "is hurting", "dey tingle": "is tingling", "don bend": "has bent",
    "don weak": "has gone weak", "don swell": "has swollen", "no fit": "cannot",
    "okada jam me": "a motorbike hit me", "okada jam": "a motorbike hit", "jam me": "hit me",
    "one kain way": "the wrong way",
    "mi tink": "i think",
    # Forum shorthand for family (Mumsnet's glossary, https://www.mumsnet.com/info/glossary,
    # cited from memory): "DH was rushed in with suspected meningitis", "DS (7) has a rash";
    # with "my" or without, the writer's own family
    "my dh": "my husband", "dh": "my husband", "my dw": "my wife", "dw": "my wife",
    "my dp": "my partner", "dp": "my partner", "my ds": "my son", "ds": "my son",
    "my dd": "my daughter", "dd": "my daughter", "dsd": "my stepdaughter", "dss": "my stepson",
    "my mil": "my mother in law", "mil": "my mother in law", "my fil": "my father in law",
    "fil": "my father in law",
    # (an army "CO", a commanding officer: "my old CO ended up with cauda equina")
    "my co": "my commanding officer", "my old co": "my old commanding officer",
    "the co": "the commanding officer", "our co": "our commanding officer",
    "mi cyaan": "i cannot",
}
_DIALECT_WORD = re.compile(r"(?<![a-z'])(" + "|".join(
    re.escape(w) for w in sorted(_DIALECT, key=len, reverse=True)) + r")(?=[^a-z']|'s\b|$)")
#: In speech written as spoken, "an" before a word that begins with a consonant is "and" ("me
#: leg an me arm", "upper belly an chest"); not before an abbreviation or a silent h ("an MRI",
#: "an x ray", "an hour").
_AN_AND = re.compile(r"\ban (?=(?!(?:mri|mris|nhs|x|xray|hiv|hrt|sti|std|rsi|lp|mrsa|ms|mnd|"
                     r"mr|nsaid|nsaids|fbc|hb|sle|rta|lmp|hour|hours|hourly|honest|honestly|"
                     r"honour|heir|herb|herbal|historic|hysterical|f|l|m|n|r|s|h)\b)"
                     r"[bcdfghjklmnpqrstvwxz])")
#: Shetland "da" is "the" before a thing or a part of the body ("da wife says", "lettin da mug
#: slip", "da neck"), whatever stands before it.
_DA_THE = re.compile(r"\bda (?=(?:wife|mug|cup|floor|car|side|neck|back|head|chest|trapezius|"
                     r"groin|fitba|toilet|doctor|hospital|pain|same|backside|hip|hips|leg|legs|"
                     r"left|right|arm|arms|shoulder|shoulders|knee|knees|foot|feet|belly|usual|"
                     r"bed|boat|paper|heid|heed|lug|lugs|neb|mooth|face|een|eye|eyes|nose|ribs|spine|airm|"
                     r"shooder|shouther|knap|fit|feet|hand|hands|wrist|ankle)\b)")
#: Elsewhere Shetland "da" is "the" wherever it is no one's "da" (the Scots and Irish dad) and no
#: verb follows it ("on da barge", "doon da left leg", "feel da paper"; but "me da", "our da", "da
#: said", "da fell"); "A" is "I" before a verb or an apostrophe ("A canna richt feel", "A've no
#: managed a pee", "A'm fit tae burst"). (John J. Graham's Shetland glossary, cited beside
#: _DIALECT.)
_DA_THE_SHETLAND = re.compile(
    r"(?<!\bmy )(?<!\bme )(?<!\bma )(?<!\bour )(?<!\boor )(?<!\bwor )(?<!\byer )(?<!\byour )"
    r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthe )(?<!\band )(?<!\ban )(?<!\bwi )(?<!\bwith )"
    r"(?<!\bto )(?<!\btae )(?<!\bcalled )(?<!\btold )(?<!\bphoned )(?<!\brang )"
    r"\bda (?!(?:is|was|wis|has|had|hed|said|says|sez|took|went|got|and|an|or|would|wid|will|"
    r"died|did|does|can|could|told|keeps|kept|thinks|reckons|came|cam|used|who|always|never|"
    r"just|too|to|tae|in|into|out|home|hame|fell|collapsed|passed|rang|phoned|called|wants|"
    r"wanted|needs|needed|thought|knew|kens|kent|tellt|asked|drove|brought|made|couldna|canna|"
    r"cannae|didna|disna|winna|wisna)\b)")
_A_I_SHETLAND = re.compile(r"\ba(?= (?:canna|cannae|cannot|didna|didnae|dinna|dinnae|wis|wisna|"
                           r"hae|haena|widna|couldna|ken|kent|tink|tinks|tocht)\b|'(?:ve|m|d|ll)\b)")
#: Geordie "nee" is "no" ("nee tinglin, nee weakness"), but not after a word that makes it a
#: misspelt knee ("my nee", "left nee").
_NEE_NO = re.compile(r"(?<!\bmy )(?<!\bme )(?<!\bma )(?<!\bthe )(?<!\bleft )(?<!\bright )"
                     r"(?<!\bhis )(?<!\bher )(?<!\bboth )(?<!\bsore )(?<!\bbad )(?<!\bmy left )"
                     r"\bnee\b(?! (?:cap|caps|joint|pain|hurts?|aches?|is|was|has|gave|brace)\b)")
#: A year told by its last two digits after "in", "since", "from" or "of" ("back in '98", "since
#: '05", "the summer of '69"): after 30 the 1900s, else the 2000s.
_SHORT_YEAR = re.compile(r"\b(in|since|from|of) '(\d\d)\b(?!')")
#: A decade after "the" ("back in the 90s", "the 1980s", "the '70s"; not "in my 50s", an age).
_DECADE = re.compile(r"\bthe '?(?:19)?([5-9])0'?s\b")
_DECADES = {"5": "fifties", "6": "sixties", "7": "seventies", "8": "eighties", "9": "nineties"}
#: Minutes told in words, from fifteen up ("twenty minutes", "forty-five mins"), as digits.
_SPELT_TENS: Final = {"fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30, "forty": 40,
                      "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90}
_SPELT_MINUTES = re.compile(r"\b(fifteen|twenty(?:[ -]five)?|thirty|forty(?:[ -]five)?|fifty|"
                            r"sixty|ninety)[ -](minutes|minute|mins|min)\b")
#: Geordie "aa" is "I" before a verb ("aa cannit stand up", "aa was on the netty").
_AA_I = re.compile(r"\baa (?=(?:can|cannit|cannot|could|couldn't|was|were|am|had|have|has|felt|"
                   r"feel|think|thought|thowt|divvent|do|did|didn't|got|get|just|went|keep|kept|"
                   r"tried|need|needed|woke|fell|hurt|banged|knocked|slipped|lifted|started|"
                   r"can't|don't|never|still|only|really|proper)\b)")
_ME_MA = re.compile(r"\b(?:me|my|our) ma(?='s\b|\b(?!'))")
_PEELY_WALLY = re.compile(r"\bpeely (?:wally|wallie)\b")  # Scots: pale and unwell
#: "No breath" is having none ("no breath climbing three steps", "chest tight, no breath"): a
#: symptom ruled out is "no breathing trouble", "no shortness of breath", so only those stay
#: negations (and a clinician's "no breath sounds", a finding, is left as written).
_NO_BREATH = re.compile(r"\bno breath\b(?! (?:problems?|issues?|trouble|troubles|difficult\w*|"
                        r"symptoms?|changes?|shortness|sounds?|holding)\b)")
#: Yorkshire and Lancashire "t'" is "the" ("round t'front", "from t'allotment"); "wi'" is "with".
_T_THE = re.compile(r"\bt' ?(?=[a-z])")  # Yorkshire "t'ice", "on t' kerb"
_O_OF = re.compile(r"(?<=[a-z] )o (?=(?:my|ma|me|mi|the|his|her|a|an|it|ye|yer|your)\b)")
_WAKE_US = re.compile(r"\b(wake|waken|rouse|wakes|woke|waking) us\b")
_WI_WITH = re.compile(r"\bwi'(?![a-z])")
_G_DROPPED = re.compile(r"\b([a-z]{2,})in'(?![a-z])")  # "feelin'", "tippin'"
#: Scots "wee" is "small" before these words ("a wee bit", "a wee lump"); otherwise it is urine.
_WEE_SMALL = re.compile(
    r"\bwee (?=(?:bit|bitty|while|one|ones|yin|lump|lumps|bump|bumps|bruise|cut|spot|pain|"
    r"ache|twinge|niggle|knot|knots|tingle|boy|girl|lad|lass|laddie|lassie|man|wife|woman|"
    r"baby|guy|thing|things|walk|sleep|nap|rest|stretch|sore|stiff|tight|swollen|tender|"
    r"red|dizzy|funny|strange|drink|dram|fall|tumble|slip|trip|knock|bang|pull|strain|"
    r"toe|toes|finger|fingers|pinkie|pinky|hand|hands|foot|feet|leg|legs|arm|arms|knee|ankle|"
    r"bone|muscle|patch|numb)\b)")
#: Scots "ma" (and dialect "me") is "my" before a person or a part of the body ("ma da",
#: "me back").
_MY_BEFORE = (r"(?:da|dad|maw|mum|mam|wife|man|husband|wean|bairn|boy|girl|son|daughter|lad|lass|"
              r"grandad|grandfather|grandmother|grandma|grandpa|grandson|granddaughter|"
              r"partner|fella|bloke|"
              r"granny|gran|uncle|aunt|auntie|aunty|cousin|lover|missus|nan|nana|brother|"
              r"sister|mate|back|heid|head|neck|shoulders?|shooders?|arms?|airms?|legs?|"
              r"knees?|hips?|feet|foot|hands?|hauns?|chest|belly|tummy|stomach|side|eyes?|"
              r"een|face|jaw|mouth|lips?|tongue|smile|bum|bladder|waterworks|bits|words|"
              r"speech|voice|lower|upper|own|wrists?|fingers?|thumbs?|elbows?|"
              r"(?:left|right) (?=hand|arm|leg|foot|side|eye|knee|hip|shoulder|ear|cheek)|"
              r"ankles?|toes?|calf|calves|thighs?|shins?|ribs|skin|heart)")
_MA_MY = re.compile(r"\b(?:ma|mi) (?=" + _MY_BEFORE + r"\b)")  # and Lancashire "mi back"
#: Caribbean English "she" and "he" are "her" and "his" before a part of the body ("she mouth
#: not moving", "he foot swell up"); "she back is bad" but not "she backed the car"
_SHE_HER = re.compile(r"\b(she|he) (?=(?:back|head|neck|shoulders?|arms?|legs?|knees?|hips?|"
                      r"feet|foot|hands?|chest|belly|tummy|stomach|side|eyes?|face|jaw|mouth|"
                      r"lips?|tongue|voice|speech|skin|toes?|fingers?|ankles?|wrists?|elbows?|"
                      r"calf|calves|thighs?|bottom|bum|batty|waterworks|bladder|groin)\b"
                      r"(?! (?:up|down|"
                      r"off|out|into|onto|away)\b))")
#: Dictated text with its punctuation spoken ("sudden headache full stop vision went grey
#: comma"): the words as the marks, so sentences end where the speaker ended them; "came to a
#: full stop" is a stop
_SPOKEN_MARKS = re.compile(r"(?<!\ba )(?<!\bto )\b(full stop|period full stop|new paragraph|"
                           r"new line|question mark|exclamation mark|exclamation point|comma)\b")
_MARK_FOR = {"comma": ",", "question mark": "?", "exclamation mark": "!",
             "exclamation point": "!"}
_ME_MY = re.compile(r"\b([a-z]+ )?me (?=" + _MY_BEFORE + r"\b)")
#: ... but not after a verb that takes "me" ("ring me back", "set me back", "put me side")
_ME_OBJECT_AFTER = frozenset(
    "call calls called ring rang rings phone phoned pay paid pays get got gets bring brought take "
    "took takes send sent set sets put puts hold held want wants wanted let lets give gave gives "
    "keep kept keeps drive drove text texted write wrote message messaged invite invited follow "
    "followed throw threw threw bounce bounced pushed push pulled pull turned turn asked ask "
    "told tell tells telling asking asks showing shows warned warn warning reminded remind "
    "welcome welcomed show showed".split())
#: "> 6 months" and "6+ weeks" are "more than 6 months", "more than 6 weeks"
_GREATER = re.compile(r">\s*(?=\d)")
#: A note's "+ve" and "-ve" ("+ve preg test", "SLR -ve") are positive and negative.
_POSITIVE = re.compile(r"(?<![\w+])\+ ?ve\b")
_NEGATIVE = re.compile(r"(?<![\w-])- ?ve\b")
#: A note's duration: "x1yr", "x 3/52" aside, "6wk", "2yrs" ("for 1 yr", "for 6 wk").
_NOTE_DURATION = re.compile(r"(?<![\w/])(?:x ?(\d+) ?|(?<!for )(?<!past )(?<!last )(\d+))"
                            r"(yrs?|wks?|mths?)\b(?= *(?:[,.;:]|from|since|$))")
_PLUS_UNIT = re.compile(r"(\d+)\s*\+\s*(?=(?:days?|weeks?|wks?|months?|years?|yrs?)\b)")
_N_FOR_AND = re.compile(r"(?<=[a-z]) '?n'? (?=[a-z])")  # "pins n needles", "rock 'n' roll"
#: "pins in needles": a dictation slip for "pins and needles"
_PINS_IN_NEEDLES = re.compile(r"\bpins in needles\b")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+(?:'[a-z]+)?|[.!?;:,()/]")
_SENTENCE_END = frozenset(".!?;()")  # an aside in brackets is a sentence of its own

#: Snowball's English stemmer through PyStemmer, its C build: the same stems as the pure-Python
#: snowballstemmer (tests/safety/test_stemmer.py compares them over every word the gate knows),
#: whose package imports all thirty languages' stemmers, a twentieth of a lean start.
_stemmer = Stemmer.Stemmer("english")
#: Snowball stemmers keep their state on the object: two threads stemming at once (the web
#: app's worker threads) get IndexError or each other's stems, which ``stem``'s cache then keeps
_stemmer_lock = threading.Lock()


#: Words that end like comparatives but are not ("number" is not "more numb").
_NOT_COMPARATIVES = frozenset(
    "number numbers temper timber chamber summer winter hammer dinner finger fingers shoulder "
    "shoulders never ever after water later under over other either another rather whether "
    "super paper proper cover river liver layer player prayer".split()
)


def _comparative_bases(word: str) -> list[str]:
    """'weaker' -> weak, 'clumsier' -> clumsy, 'paler' -> pale, 'bigger' -> big."""
    if len(word) < 5 or not word.endswith("er"):
        return []
    bases = [word[:-2], word[:-1]]
    if word.endswith("ier"):
        bases.insert(0, word[:-3] + "y")
    if len(word) > 5 and word[-3] == word[-4]:
        bases.append(word[:-3])
    return bases


#: "TIA" alone as a message's last words ("... for years. TIA x", "any ideas? tia!"), as forums
#: sign off: thanks in advance.
_TIA_SIGN_OFF = re.compile(r"((?:^|[.!?]|\n)\s*)tia(?=[\s.!x:)]*$)")


#: "No." before a number is "number", not a sentence's end ("at no. 14", "bed no.3").
_NUMBER_NO = re.compile(r"\b(at|in|bed|room|house|flat|ward|bay|door|from|to|next door to) no\. ?"
                        r"(?=\d)")
#: A negative's "no more", as many say "any more" ("I cannot tell no more when I need a wee"),
#: and further on where it closes the clause ("cannot haul the pots no more, back's too sore to
#: bend"): a double negative denies nothing after it.
_NO_MORE = re.compile(r"\b(cannot|not|never)((?: [a-z']+){0,2}) no more\b|"
                      r"\b(cannot|not|never)((?: [a-z']+){3,7}) no more(?=\s*(?:[,.;:!?]|$))")
#: "Me old chap's gone numb": the penis, as British slang has it, when it is numb or hurts (not
#: "an old chap in the next bed").
_OLD_CHAP = re.compile(r"\b(?:my|me) old chap(?= (?:has gone|has been|is|was|went|gone|feels|felt)"
                       r"\b)")


def _slashed_notes(text: str) -> str:
    """Three notes or more run together with " / " between them, each of four words or more
    ("pulsing lump in tummy?? dad had an aneurysm / pain tummy + back came on all at once"), as
    sentences; a list of signs ("no fever / tingling / weakness", "flashing lights / curtain over
    vision / sudden loss of vision: no") or a question and its aside stay one."""
    parts = text.split(" / ")
    if len(parts) >= 3 and all(len(part.split()) >= 4 for part in parts):
        return ". ".join(part.rstrip(" .") for part in parts)
    return text


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, contractions spelled out, hyphens and '&' as words."""
    if ".." in text or "\u2026" in text:
        # ("one of his... ye knaa... down there": dots that trail off into more of the same
        # sentence, a lower-case word after them, are a pause, not a sentence's end)
        text = _TRAILING_DOTS.sub(", ", text)
    if " / " in text:
        text = _slashed_notes(text)
    clean = text.casefold().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if not clean.isascii():
        clean = _strip_accents(_ACCENTED_WORD.sub(lambda m: _ACCENTED[m.group(0)], clean))
        clean = _FOREIGN_NO.sub(" no ", clean)  # "没有 fever", "нет температуры"
        clean = mixed_language().replace_cjk(clean)  # "头 suddenly 痛"
    if _VOCATIVE.match(clean):
        clean = _VOCATIVE.sub("", clean, count=1)  # "mate sudden thunderclap headache ...": hailed
    if "?" in clean and ":" in clean:
        # an interview's questions and answers ("Q: Any fever, weight loss or numbness?
        # A: no, none of those"): a "no" denies what was asked, a "yes" says it
        clean = _QA_PAIR.sub(_qa_as_sentence, clean)
    if "\n" in clean and sum(bool(_YES_NO.match(value.strip()))
                             for _, value in _ANSWER_LINE.findall(clean)) >= 3:
        clean = _answers_as_sentences(clean)  # before dashes become spaces
    if "\n" in clean:
        clean = _broken_lines_joined(clean)
    if "\u2014" in clean or "\u2013" in clean:
        clean = _DASH_CLAUSE.sub(", ", clean)  # "couldn't read it properly — the left half ..."
    clean = _spanish(clean)
    clean = _dialect(clean)
    if "tia" in clean and "?" in clean:
        # a message that asks something and signs off "TIA x": thanks in advance, no stroke
        clean = _TIA_SIGN_OFF.sub(r"\1thanks in advance", clean)
    if "e.g" in clean or "i.e" in clean:  # ("what signs mean I should stop, e.g. chest pain")
        clean = _FOR_EXAMPLE.sub(lambda m: " for example " if m.group(1) == "e" else " that is ",
                                 clean)
    clean = clean.replace("&", " and ").replace("-", " ").replace("_", " ").replace("+", " and ")
    clean = _N_FOR_AND.sub(" and ", clean)
    if "(" in clean:  # "(tearing)", "(blisters)": a word said with emphasis, not an aside
        clean = _SHORT_ASIDE.sub(lambda m: m.group(0).replace("(", " ").replace(")", " "), clean)
    clean = _PINS_IN_NEEDLES.sub("pins and needles", clean)
    if not clean.isascii():  # a checklist: "\u2713 calf tight \u2717 swelling \u2717 redness"
        clean = _CROSSED.sub(". no ", _TICKED.sub(". ", clean))
    if "old" in clean or "yo" in clean or "y/o" in clean:
        clean = _CHILD_BY_AGE.sub(r"\1 child", clean)  # "my 4yo had a fever": the child's
        # ("my 9 month old", "5 month old, ...": a baby introduced by its age, the person the
        # message is about)
        clean = _BABY_BY_AGE.sub(lambda m: f"{m.group(1) or 'my'} infant child", clean)
    for pattern, repl in _CONTRACTIONS:
        clean = pattern.sub(repl, clean)
    if "it " in clean:
        clean = _IT_LIMB.sub(_limb_for_it, clean)
    if "is gone " in clean:  # "the arm is gone rock hard": has gone so, not gone away
        clean = _IS_GONE_SO.sub("has gone ", clean)
    if "no." in clean:
        clean = _NUMBER_NO.sub(r"\1 number ", clean)  # "Mrs Doherty at no. 14 was taken in"
    if " no more" in clean:
        # ("can't tell no more when I need a wee")
        clean = _NO_MORE.sub(lambda m: f"{m.group(1)}{m.group(2)} any more" if m.group(1)
                             else f"{m.group(3)}{m.group(4)} any more", clean)
    if "old chap" in clean:
        clean = _OLD_CHAP.sub("my penis", clean)
    return clean


#: "It" opening the sentence after one about a limb is that limb ("My calf's been sore since the
#: flight. It's swollen and shiny on the one side": the calf is swollen), so that a sign told in
#: the next sentence stays with its place. Only the very next sentence, not after a question
#: ("If my calf went swollen would that be a clot? It's not"), and only a limb whose swelling is a
#: sign in itself: "it" after a head or a back is as often the pain as the part, and an ankle or a
#: knee swells after every sprain. ("It's gone rock hard" is then read by ``_IS_GONE_SO``; "it's
#: gone now" stays gone.)
_IT_LIMB = re.compile(r"\b(my|his|her) (calf|leg|thigh|arm|forearm|wrist|elbow)\b([^.!?]*[.!]\s+)"
                      r"it (is|has|looks|feels|went|got|was)\b")


def _limb_for_it(found: re.Match[str]) -> str:
    """The sentence before and the limb in place of "it" (see ``_IT_LIMB``)."""
    owner, limb, between, verb = found.groups()
    return f"{owner} {limb}{between}{owner} {limb} {verb}"


#: A message that opens by hailing its reader ("mate sudden thunderclap headache 10 min ago ...
#: is this a trigger point in me neck??", "lads, my back's gone"): the word is no one whose signs
#: follow, unless it is the subject of what follows ("mate has a sudden headache", "mate's got",
#: "mate on the dock had a heart attack").
_VOCATIVE = re.compile(r"^\s*(?:mate|mates|lads|guys|pal|bro|bruv|fam)\b(?!')[,!:]?\s+"
                       r"(?!(?:has|had|is|was|got|gets|said|says|of|from|at|on|in|down|up|next|"
                       r"over|round|who|that|and|with|just|went|collapsed|fell|called|rang|"
                       r"texted|thinks|reckons|ended|died|passed)\b)")


#: "is gone" before how a part has become ("it's gone rock hard" spelled out as "it is gone"):
#: "has gone", so that no resolved-context rule reads "gone" as over.
_IS_GONE_SO = re.compile(r"\bis gone (?=(?:rock |really |all |very |so |a bit |proper )?(?:hard|"
                         r"swollen|numb|tight|stiff|cold|pale|white|blue|black|purple|red|hot|"
                         r"dead|weak|floppy|limp|tense|mottled|grey|gray)\b)")


#: "e.g." and "i.e.", whose stops end no sentence.
_FOR_EXAMPLE = re.compile(r"\b(?:(e)\.g|i\.e)\.?(?=[\s,:]|$)")
#: A line that is a list's item or a form's field: a bullet, a number, a key and a colon.
_ITEM_LINE = re.compile(r"^\s*(?:[-*\u2022>]|\d+[.)]|[a-z][a-z ]{0,25}:)")
#: The words and numbers of a line, counted to tell broken lines from sentences.
_WORDS_OF_LINE = re.compile(r"[a-z0-9']+")


def _broken_lines_joined(clean: str) -> str:
    """A message typed as short broken lines, a poem's or one word a line, with hardly a stop
    at their ends ("back / pain / and / cant / pee", "and the left side of my face / feels like
    after the dentist"), is one statement: its lines are read together, one word a line with a
    space, longer lines with a comma (so that a denial on one line, "no fever", does not reach
    the next). Lists, forms and lines that end their sentences stay as they are."""
    lines = [line.strip() for line in clean.split("\n") if line.strip()]
    if len(lines) < 4 or any(_ITEM_LINE.match(line) for line in lines):
        return clean
    counts = sorted(len(_WORDS_OF_LINE.findall(line)) for line in lines)
    median = counts[len(counts) // 2]
    ended = sum(line[-1] in ".!?;:" for line in lines)
    if median > 6 or ended * 4 > len(lines):
        return clean
    return (" " if median <= 2 else " , ").join(lines)

#: A line of a questionnaire's answers: "swollen - yes", "fever: yes 38.4", "injury - no", "which
#: joint - right ankle".
_ANSWER_LINE = re.compile(
    r"(?m)^[ \t]*([a-z][a-z ,'/?]{0,40}?)[ \t]*(?:-|:|\u2013)[ \t]*(.+?)[ \t]*$")
_YES_NO = re.compile(r"^(yes|y|yeah|yep|no|n|nope|none)\b[ ,.]*(.*)$")


#: A question and its answer on the next line, each after its label ("Q: any numbness?\nA: no").
#: Who asks in a pasted exchange (an interview's "Q", a pharmacy chatbot's "Bot", a nurse) and
#: who answers ("A", "User", "Patient", "Me").
_ASKERS = (r"q|bot|chatbot|assistant|pharmacist|nurse|doctor|dr|gp|agent|adviser|advisor|"
           r"operator|call handler|receptionist|clinician|therapist|physio")
_ANSWERERS = r"a|user|me|patient|pt|customer|caller|client|you"
#: The pair may also stand inside a line, after the sentence before it ("... pain. Q: any of
#: these: fever, rash? A: no to all."); the answer then ends at its own sentence's end.
_QA_PAIR = re.compile(r"(?m)(^|(?<=[.!?])[ \t]+)[ \t]*(?:" + _ASKERS + r")[ \t]*:[ \t]*"
                      r"(?:any|do you have any|do you have|have you had any|have you had|"
                      r"is there any|is there|are you having any|any other)?"
                      r"(?:[ \t]+of[ \t]+(?:these|those|the following))?[ \t]*:?[ \t]*"
                      r"([^\n?]+)\?[ \t]*\n?[ \t]*(?:" + _ANSWERERS + r")[ \t]*:[ \t]*"
                      r"([^\n]*?)(?=[.!?;](?:[ \t]|$)|\n|$)")
#: What may follow an answer's "no" and says only that it answers all ("no to all", "none of
#: those").
_TO_ALL = re.compile(r"^(?:to (?:all|everything|any|those|them|these)(?: of (?:those|them|these))?"
                     r"|of (?:those|them|these))\b[ ,.]*")


def _qa_as_sentence(found: re.Match[str]) -> str:
    lead, asked, answer = found.group(1), found.group(2).strip(), found.group(3).strip()
    said = _YES_NO.match(answer)
    if said is None:
        return found.group(0)  # "Q: how long ...? A: about 9 months": left as it is
    if said.group(1) in ("yes", "y", "yeah", "yep"):
        return lead + f"{asked}. {said.group(2)}".strip()
    # (each thing asked about denied on its own: "no injury, no weakness, no fever")
    items = [item for item in _LIST_ITEM.split(asked) if item.strip()]
    rest = _TO_ALL.sub("", said.group(2))
    return lead + f"no {', no '.join(items)}. {rest}".strip()


#: Between the things a question lists ("injury, weakness, numbness or fever").
_LIST_ITEM = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+")


def _answers_as_sentences(clean: str) -> str:
    """Answers given as lines ("swollen - yes / hot - yes / fever - yes 38.4 / which joint - right
    ankle / injury - no") as one statement of what is so and a denial of each "no", so that the
    signs answered "yes" are read together, as the person would say them."""
    said: list[str] = []
    denied: list[str] = []
    rest: list[str] = []
    for line in clean.split("\n"):
        found = _ANSWER_LINE.fullmatch(line)
        if found is None:
            rest.append(line)
            continue
        key, value = found.group(1).strip(" ?"), found.group(2).strip()
        answer = _YES_NO.match(value)
        if answer is None:
            said.append(f"{key} {value}")  # "which joint - right ankle"
        elif answer.group(1) in ("yes", "y", "yeah", "yep"):
            said.append(f"{key} {answer.group(2)}".strip())
        else:
            denied.append(f"no {key}. {answer.group(2)}".strip())
    head = ", ".join(said) + "." if said else ""
    return "\n".join([*rest, head, *denied])


#: A checklist's marks: a tick says the item is so, a cross that it is not; each item is read as
#: a sentence of its own, so a cross denies only its item.
_TICKED = re.compile(r"[\u2713\u2714\u2611\u2705]")
_CROSSED = re.compile(r"[\u2717\u2718\u274c\u2715]")
#: A child named by its age ("my 4yo", "our 19 year old", "my 2 y/o"): someone else.
_CHILD_BY_AGE = re.compile(
    r"\b(my|our) (?:1[0-7]|\d) ?(?:yo|y/o|y\.o\.|year old|yr old|years old)\b")  # (a child's age)
#: A baby named by age in months or weeks ("my 9 month old", "5 month old, ..." at the start).
_BABY_BY_AGE = re.compile(
    r"(?:\b(my|our) |^\s*)\d{1,2} ?(?:month old|months old|mth old|week old|weeks old)\b")
#: A dash that ends a clause: an em dash, or an en dash with spaces round it (not "3\u20134 days").
_DASH_CLAUSE = re.compile(r"\s*\u2014\s*|\s\u2013\s")
_TRAILING_DOTS = re.compile(r"(?<=[\w'])\s*(?:\.{2,}|\u2026)\s*(?=[a-z])")
#: A bracket round one or two words ("came on while lifting (tearing)", "now (blisters) on my
#: forehead"): the word said with emphasis, read in its sentence rather than as an aside (the
#: brackets become spaces, so every other character keeps its place).
_SHORT_ASIDE = re.compile(r"\(\s*[a-z]+(?: [a-z]+)?\s*\)")


#: Letters of African orthographies (Krio, Yoruba, Twi) read as the Latin letters they sound as
#: ("sɔdntɛm" -> "sodntem", "edek kam lɛk" -> "edek kam lek").
_OPEN_LETTERS = str.maketrans({"\u025b": "e", "\u0254": "o", "\u014b": "ng", "\u0259": "e"})


#: "No" and "not" in scripts other than the Latin, written before an English sign ("没有 fever, no
#: headache"): Chinese, Russian, Bulgarian, Ukrainian, Greek (accents already dropped), Arabic.
_FOREIGN_NO = re.compile(r"没有|沒有|(?<!\w)(?:нет|не|"
                         r"ні|οχι|δεν|لا|"
                         r"ليس)(?!\w)")
#: Words whose accent is all that tells them from an English term: Spanish "tía" (aunt) is no
#: "TIA" (a mini-stroke) once its accent is gone ("yes tía, ya sé").
_ACCENTED = {"t\u00eda": "aunt", "t\u00edas": "aunts"}
_ACCENTED_WORD = re.compile(r"\bt\u00edas?\b")


def _strip_accents(clean: str) -> str:
    """Letters without their accents ("estómago" -> "estomago"); other characters as they are."""
    return "".join(c for c in unicodedata.normalize("NFD", clean.translate(_OPEN_LETTERS))
                   if not unicodedata.combining(c))


#: Words of other languages that people mix into English, each file read the same way.
MIXED_LANGUAGE_DATA = tuple(Path(__file__).parent / "data" / name
                            for name in ("spanish.yaml", "hindi-urdu.yaml", "tagalog.yaml",
                                         "kreol.yaml", "haitian.yaml", "indonesian-malay.yaml",
                                         "hawaiian-pidgin.yaml", "bisaya.yaml", "irish.yaml",
                                         "portuguese.yaml", "german-dutch.yaml",
                                         "pidgin-krio.yaml", "italian.yaml",
                                         "east-african.yaml", "french.yaml",
                                         "melanesian-pidgin.yaml", "chinese.yaml",
                                         "gullah-kriol.yaml"))


@dataclass(frozen=True, eq=False)
class MixedLanguage:
    """The words and phrases of other languages (data/spanish.yaml, data/hindi-urdu.yaml,
    data/tagalog.yaml, data/kreol.yaml, data/haitian.yaml, data/indonesian-malay.yaml,
    data/hawaiian-pidgin.yaml, data/bisaya.yaml, data/irish.yaml, data/portuguese.yaml,
    data/german-dutch.yaml, data/pidgin-krio.yaml, data/italian.yaml,
    data/east-african.yaml, data/french.yaml, data/melanesian-pidgin.yaml, data/chinese.yaml)
    with their English: the
    phrases, the words (looked up in a table, not compiled into a pattern: that keeps the first
    screen quick) and the words for 'my' ('mi', 'meri', 'mo') before a person or a part of the
    body. The find
    snapshot carries it, so a start reads no YAML; its patterns are compiled on first need, the
    phrases' only for a text that holds every word of one of them (an English text seldom
    does)."""

    phrases: dict[str, str]
    words: dict[str, str]
    mine: tuple[str, ...]
    #: Words of scripts written without spaces (data/chinese.yaml's ``cjk``): looked up as runs
    #: of characters, longest first, each read as its English between spaces.
    cjk: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, paths: Iterable[Path] = MIXED_LANGUAGE_DATA) -> MixedLanguage:
        words: dict[str, str] = {}
        phrases: dict[str, str] = {}
        mine: list[str] = []
        cjk: dict[str, str] = {}
        for path in paths:
            data = read_yaml(path)
            words.update((str(k), str(v)) for k, v in data["words"].items())
            phrases.update((str(k), str(v)) for k, v in data["phrases"].items())
            mine += [str(w) for w in data["my"]]
            cjk.update((str(k), str(v)) for k, v in (data.get("cjk") or {}).items())
        return cls(phrases, words, tuple(mine), cjk)

    def replace_cjk(self, clean: str) -> str:
        """Chinese words as their English ("头 suddenly 痛" -> " head  suddenly  pain ")."""
        if not self.cjk or not _CJK.search(clean):
            return clean
        return _cjk_pattern(self).sub(lambda m: f" {self.cjk[m.group(0)]} ", clean)

    def replace_phrases(self, clean: str) -> str:
        """Every phrase as its English, longest first (a phrase before the words it holds)."""
        present = set(_WORD.findall(clean))
        by_word = _phrase_words(self)
        if not any(words <= present for first in present for words in by_word.get(first, ())):
            return clean
        return _phrase_pattern(self).sub(lambda m: self.phrases[m.group(1)], clean)

    def my_pattern(self) -> re.Pattern[str]:
        return _my_pattern(self)


#: A character of the CJK Unified Ideographs block (Chinese characters).
_CJK = re.compile("[\u4e00-\u9fff]")


@cache
def _cjk_pattern(table: MixedLanguage) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(table.cjk, key=len, reverse=True)))


@cache
def _phrase_words(table: MixedLanguage) -> dict[str, list[frozenset[str]]]:
    """Each phrase's words, under each of them: a text can hold a phrase only if it holds them
    all as words (the phrase pattern's edges are the word pattern's)."""
    found: dict[str, list[frozenset[str]]] = {}
    for phrase in table.phrases:
        words = frozenset(_WORD.findall(phrase))
        for word in words:
            found.setdefault(word, []).append(words)
    return found


@cache
def _phrase_pattern(table: MixedLanguage) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z'])(" + "|".join(
        re.escape(w) for w in sorted(table.phrases, key=len, reverse=True)) + r")(?![a-z'])")


@cache
def _my_pattern(table: MixedLanguage) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, table.mine)) + r") (?=([a-z]+))")


_mixed_language: list[MixedLanguage] = []


def mixed_language() -> MixedLanguage:
    """The table in use: the one the find snapshot handed over, else from the cache or the
    YAML."""
    if not _mixed_language:
        from triggerpoint.knowledge.cache import cached

        # (from the user's cache beside the knowledge base, not the YAML at every start: ten
        # lists took 40 ms of a first screen)
        _mixed_language.append(cached("mixed-language", MIXED_LANGUAGE_DATA, MixedLanguage.read,
                                      modules=["triggerpoint.safety.lexicon"]))
    return _mixed_language[0]


def adopt_mixed_language(table: MixedLanguage) -> None:
    """Use ``table`` (the find snapshot's) rather than reading the YAML."""
    _mixed_language[:] = [table]


_WORD = re.compile(r"[a-z']+")
_MY_BEFORE_WORD = re.compile(_MY_BEFORE)


def _spanish(clean: str) -> str:
    """Spanish, Hindi, Urdu and Tagalog words mixed into English as the English words ("mi
    esposa" -> "my wife", "hand is kamzor" -> "hand is weak", "dibdib ko" -> "my chest")."""
    table = mixed_language()
    words = table.words
    clean = table.my_pattern().sub(lambda m: "my " if m.group(1) in words or m.group(1) in
                                   _MY_OWN or (_MY_BEFORE_WORD.fullmatch(m.group(1)))
                                   else m.group(0), clean)
    clean = table.replace_phrases(clean)
    return _WORD.sub(lambda m: _word_in_english(words, m.group(0)), clean)


def _word_in_english(words: dict[str, str], word: str) -> str:
    """The word's English, and a possessive's ("my aama's neck": "my mum's neck")."""
    found = words.get(word)
    if found is not None:
        return found
    if word.endswith("'s") and (base := words.get(word[:-2])) is not None:
        return base + "'s"
    return word


#: Words after "my" that turn to the writer's own trouble ("my issue is just upper back pain":
#: what comes next is the writer's, not the relative's before it).
OWN_TROUBLE = frozenset({"issue", "issues", "problem", "problems", "own", "thing"})
#: English words after "mera", "mi" that make them "my".
_MY_OWN = OWN_TROUBLE | {"pain", "question"}


def _dialect(clean: str) -> str:
    """Dialect spellings as standard words ("cannae" -> "cannot", "ma heid" -> "my head"),
    "wee" as "small" before a thing, "feelin'" as "feeling", "> 6 months" as "more than"."""
    clean = _G_DROPPED.sub(r"\1ing", clean)
    clean = _WEE_SMALL.sub("small ", clean)
    if "da " in clean:
        clean = _DA_THE_SHETLAND.sub("the ", _DA_THE.sub("the ", clean))
    if "a " in clean or "a'" in clean:
        clean = _A_I_SHETLAND.sub("i", clean)
    if "nee" in clean:
        clean = _NEE_NO.sub("no", clean)
    if "aa " in clean:
        clean = _AA_I.sub("i ", clean)
    if "an " in clean:
        clean = _AN_AND.sub("and ", clean)
    clean = _ME_MA.sub("my mum", clean)  # Liverpool "me ma", "our ma": the writer's mother
    clean = clean.replace("one of me ", "one of my ")  # "one of me ladies": a carer's client
    clean = _MA_MY.sub("my ", clean)
    clean = _SHE_HER.sub(lambda m: "her " if m.group(1) == "she" else "his ", clean)
    clean = _SPOKEN_MARKS.sub(lambda m: _MARK_FOR.get(m.group(1), "."), clean)
    clean = _me_as_my(clean)
    clean = _PEELY_WALLY.sub("pale", clean)
    if "no breath" in clean:
        clean = _NO_BREATH.sub("out of breath", clean)
    if " o " in clean:  # Scots "the side o ma neck": "of"
        clean = _O_OF.sub("of ", clean)
    if "'" in clean:
        clean = _WI_WITH.sub("with", _T_THE.sub("the ", clean))
    spelt = _DIALECT_WORD.sub(lambda m: _DIALECT[m.group(1)], clean)
    if spelt != clean:  # a part named in dialect ("me 'ead", "mi 'ip"): "my" before it too
        spelt = _me_as_my(_MA_MY.sub("my ", spelt))
    clean = spelt
    if " us" in clean:  # Northern "the wife can't wake us": "us" is the writer
        clean = _WAKE_US.sub(r"\1 me", clean)
    clean = _GREATER.sub(" more than ", clean)
    if " '" in clean:  # "back in '98": a year
        clean = _SHORT_YEAR.sub(
            lambda m: f"{m.group(1)} {'19' if int(m.group(2)) > 30 else '20'}{m.group(2)}", clean)
    if "0s" in clean or "0's" in clean:  # "back in the 90s", "the 1980s": a decade, in words
        clean = _DECADE.sub(lambda m: f"the {_DECADES[m.group(1)]}", clean)
    if "min" in clean:  # "for the last twenty minutes": as the concepts count minutes
        clean = _SPELT_MINUTES.sub(
            lambda m: f"{_SPELT_TENS[m.group(1).replace('-', ' ')]} {m.group(2)}", clean)
    clean = _POSITIVE.sub("positive", _NEGATIVE.sub("negative", clean))
    clean = _NOTE_DURATION.sub(lambda m: f"for {m.group(1) or m.group(2)} {m.group(3)}", clean)
    return _PLUS_UNIT.sub(r"more than \1 ", clean)


def _me_as_my(clean: str) -> str:
    """Dialect "me" as "my" before a person or a part of the body ("me back", "me mam"), not
    after a verb that takes "me" ("ring me back")."""
    return _ME_MY.sub(lambda m: m.group(0) if (m.group(1) or "").strip() in _ME_OBJECT_AFTER
                      else f"{m.group(1) or ''}my ", clean)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The word's stem: Snowball English, final -i/-y dropped from stems over four letters."""
    if not word.isalpha():
        return word
    with _stemmer_lock:
        root: str = _stemmer.stemWord(word.replace("'", ""))
    if len(root) > 4 and root[-1] in "iy" and root not in _KEEP_FINAL:
        root = root[:-1]
    return root


#: Stems whose final -i stays: dropped, they would be a part of the body ("shiny" -> "shin").
_KEEP_FINAL = frozenset({"shini"})


@dataclass(frozen=True)
class Token:
    """One word (or punctuation mark) of a sentence."""

    index: int
    text: str
    stem: str

    @cached_property
    def is_word(self) -> bool:
        """A word or a number, not a punctuation mark (asked often: worked out once)."""
        return self.text[0].isalnum()


@dataclass(frozen=True)
class Sentence:
    """A sentence's tokens and its position in the description."""

    index: int
    tokens: tuple[Token, ...]
    #: For an aside in brackets: the sentence around it and the position of its token that
    #: follows the bracket ("at training (horrible crack)." -> that sentence, the "."'s index).
    aside_of: tuple[int, int] | None = None

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.is_word)

    @property
    def is_question(self) -> bool:
        return bool(self.tokens) and self.tokens[-1].text == "?"

    def text_of(self, start: int, end: int) -> str:
        return " ".join(t.text for t in self.tokens[start:end] if t.is_word)


#: A question and its answer written "Q: ... ? A: ..." (a call handler's or a form's questions
#: pasted in) are read as one statement, "fever, no": the answer speaks of the question's words
#: (an "OK?" that ends the question is no answer: "Passing urine OK? A: took ages").
_QUESTION_ANSWERED = re.compile(r"(?:\s+(?:ok|okay|alright|normal|fine))?[ \t]*\?"
                                r"[ \t]*(?:\n[ \t]*)?(?:a|ans|answer)[ \t]*[:\-][ \t]*")


def sentences(text: str) -> list[Sentence]:
    """The description cut into sentences at . ! ? ; and line breaks (not inside numbers).

    An aside in brackets is a sentence of its own, and the sentence around it reads on across it
    ("tingling (pins and needles) between my legs" is "tingling between my legs" and "pins and
    needles"; "years ago (2015) I had surgery" is "years ago I had surgery"); one or two words in
    brackets are no aside ("came on in one go (tearing)"). Sentences are numbered in the order
    they begin."""
    norm = _QUESTION_ANSWERED.sub(" , ", normalise(text))
    found: list[Sentence] = []
    if "(" not in norm:  # the common case, without working out where each token is
        for line in norm.splitlines():
            current: list[str] = []
            for raw in _TOKEN.findall(line):
                current.append(raw)
                if raw in _SENTENCE_END:
                    _close(found, current)
                    current = []
            _close(found, current)
        return found
    parts = sentence_spans(norm)
    for spans in parts:
        _close(found, [norm[start:end] for start, end in spans])
    return [replace(sentence, aside_of=_around(parts, n, norm)) for n, sentence in enumerate(found)]


def _around(parts: list[list[tuple[int, int]]], n: int, norm: str) -> tuple[int, int] | None:
    """Where sentence ``n`` stands in the sentence around it, when it is an aside in brackets:
    that sentence's index and the index of its first token after the bracket."""
    spans = parts[n]
    if norm[spans[-1][0]] != ")":
        return None
    first = spans[0][0]
    for j in range(n - 1, -1, -1):  # the nearest sentence begun before it, not an earlier aside
        outer = parts[j]
        if outer[0][0] < first and (outer[-1][0] > first or norm[outer[-1][0]] != ")"):
            return j, sum(1 for start, _ in outer if start < first)
    return None


def sentence_spans(norm: str) -> list[list[tuple[int, int]]]:
    """Where the tokens of each sentence are in the normalised text (character start and end),
    sentences in the order they begin; the sentences `sentences` reads, with no word-less ones."""
    parts: list[tuple[int, list[tuple[int, int]]]] = []
    opened = 0
    base = 0
    for line in norm.splitlines(keepends=True):
        current: list[tuple[int, int]] = []
        start = opened
        around: list[tuple[int, list[tuple[int, int]]]] = []  # sentences an open bracket broke
        for found in _TOKEN.finditer(line):
            raw = found.group()
            span = (base + found.start(), base + found.end())
            if raw == "(":
                around.append((start, [*current, span]))
                opened += 1
                current, start = [], opened
                continue
            if raw == ")" and around:
                parts.append((start, [*current, span]))
                start, current = around.pop()
                current = current[:-1]
                continue
            current.append(span)
            if raw in _SENTENCE_END:
                parts.append((start, current))
                opened += 1
                current, start = [], opened
        parts.append((start, current))
        parts.extend(around)
        opened += 1
        base += len(line)
    return [spans for _, spans in sorted(parts, key=lambda part: part[0])
            if any(norm[s].isalnum() for s, _ in spans)]


def _close(found: list[Sentence], raw: list[str]) -> None:
    if any(r[0].isalnum() for r in raw):
        tokens = tuple(Token(i, r, stem(r)) for i, r in enumerate(raw))
        found.append(Sentence(len(found), tokens))


def english_words(min_length: int = 5, min_count: int = 50) -> frozenset[str]:
    """Ordinary English words (pyspellchecker's frequency list: words seen at least
    ``min_count`` times), so that real words are not taken for misspellings."""
    import gzip
    import json
    from importlib import resources

    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return frozenset(w for w, n in counts.items()
                     if n >= min_count and len(w) >= min_length and w.isalpha())


# -- terms ------------------------------------------------------------------------------------

TermKey = str  # "=stem" for a whole word, "^prefix" for a word written with a trailing *,
#               "~word" for exactly that word (phrases where a match does not count)


def _key(word: str, exact: bool = False) -> TermKey:
    if word.endswith("*"):
        return f"^{word[:-1]}"
    if word.endswith("!"):  # exactly this form: "bits!" is not "bit"
        return f"~{word[:-1]}"
    return f"~{word}" if exact else f"={stem(word)}"


@lru_cache(maxsize=16384)
def compile_term(term: str, whole: bool = False) -> tuple[TermKey, ...]:
    """A term as the keys of its content words, in order.

    ``whole`` is for phrases that say where a match does not count ("back of my knee"): every
    word is kept, and a one-word phrase means that exact word form ("faintly" is not "faint").
    """
    # "10/10" and "24/7" are read as the text is, a number, a slash and a number
    words = [w.strip(".,;:?()\"/") for w in normalise(term).replace("/", " / ").split()]
    words = [w for w in words if w.rstrip("*!")]
    content = words if whole else [
        w for w in words if w.rstrip("*!") not in FUNCTION_WORDS] or words
    return tuple(_key(w, exact=whole and len(words) == 1) for w in content)


@dataclass(frozen=True)
class Match:
    """Where a term was found: token positions in one sentence (end exclusive)."""

    sentence: int
    start: int
    end: int
    positions: tuple[int, ...]
    gap_words: tuple[str, ...] = ()


@dataclass
class Vocabulary:
    """Every term word, so a text word can be turned into the keys it matches.

    ``known`` holds ordinary English words of five letters or more: a known word is never read
    as a misspelling of a vocabulary word ("cancel" is not "cancer", "leaning" not "leaking").
    """

    stems: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    words: dict[str, set[str]] = field(default_factory=dict)  # first letter -> plain words
    known: frozenset[str] = frozenset()

    def add(self, keys: Iterable[TermKey], term: str) -> None:
        for key in keys:
            {"^": self.prefixes, "=": self.stems, "~": self.exact}[key[0]].add(key[1:])
        for word in normalise(term).split():
            if word.isalpha() and len(word) >= 5:
                self.words.setdefault(word[0], set()).add(word)

    def guard(self, english: Iterable[str]) -> None:
        """Keep, of the ordinary English words, those a slip away from a vocabulary word: the
        only ones that could be mistaken for one (a few thousand of about 100,000)."""
        import numpy as np
        from rapidfuzz import process

        by_letter: dict[str, list[str]] = {}
        for word in english:
            if word[0] in self.words:
                by_letter.setdefault(word[0], []).append(word)
        keep: set[str] = set()
        for letter, words in by_letter.items():
            distances = process.cdist(words, sorted(self.words[letter]),
                                      scorer=Levenshtein.distance, score_cutoff=2,
                                      dtype=np.int8, workers=-1)
            nearest = distances.min(axis=1)
            keep |= {w for w, d in zip(words, nearest, strict=True)
                     if 0 < d <= (2 if len(w) >= 9 else 1)}
        self.known = frozenset(keep)

    def keys_for(self, token: Token) -> frozenset[TermKey]:
        """The term keys a text word matches: its stem, prefixes it starts with, or the
        vocabulary word it is a misspelling of."""
        if not token.is_word:
            return frozenset()
        return self._keys(token.text, token.stem)

    @lru_cache(maxsize=16384)  # noqa: B019 - one vocabulary per knowledge base, kept for life
    def _keys(self, word: str, root: str) -> frozenset[TermKey]:
        keys = self._exact(word, root)
        whole = f"={root}" in keys or f"~{word}" in keys  # a prefix match alone does not stop it
        if not whole and len(word) >= 4 and word[-2:] == "in" and (
                word + "g" in self.words.get(word[0], ())):
            # a "g" dropped as spoken ("stoppin me doin the race"): the term word it leaves
            keys |= self._exact(word + "g", stem(word + "g"))
            whole = True
        if not whole and word.isalpha() and len(word) >= 5 and word not in _NEVER_CORRECTED and (
                word not in self.known):
            near = self._nearest(word)
            if near is not None:
                keys |= self._exact(near, stem(near))
        return frozenset(keys)

    def _exact(self, word: str, root: str) -> set[TermKey]:
        keys = {f"={root}"} if root in self.stems else set()
        if word in self.exact:
            keys.add(f"~{word}")
        keys |= {f"^{word[:n]}" for n in range(2, len(word) + 1) if word[:n] in self.prefixes}
        if word not in _NOT_COMPARATIVES:  # "weaker" is also "weak"
            base = next((b for b in _comparative_bases(word) if stem(b) in self.stems), None)
            if base is not None:
                keys.add(f"={stem(base)}")
        return keys

    def _nearest(self, word: str) -> str | None:
        limit = 2 if len(word) >= 9 else 1
        # the nearest word; of words as near, the one a letter longer (a letter dropped is the
        # commoner slip: "shouldr" is "shoulder", not "should"; "spred" is "spread", not
        # "speed"), then one of the same length, then the first alphabetically,
        # so the answer never depends on the order a set is walked in
        best: tuple[int, int, str] | None = None
        for candidate in self.words.get(word[0], ()):
            if candidate == word or abs(len(candidate) - len(word)) > limit:
                continue
            distance = Levenshtein.distance(word, candidate, score_cutoff=limit)
            if distance > limit:
                continue
            rank = (distance, {1: 0, 0: 1}.get(len(candidate) - len(word), 2), candidate)
            if best is None or rank < best:
                best = rank
        return None if best is None else best[2]

    def __hash__(self) -> int:
        return id(self)


#: Words that join two body parts ("my neck and shoulders", "back n hips", "knee & ankle").
_JOINING = frozenset({"and", "n", "&", "+", "or"})
#: Words that may stand before the second part ("my neck and my shoulders", "both").
_BEFORE_PART = frozenset({"my", "both", "the", "his", "her", "their", "our"})


def coordinated(words: Sequence[str], body: frozenset[str]) -> frozenset[int]:
    """Word positions of a body part joined to the body part before it, with the joining word
    ("my neck [and shoulders] are killing me", "my back [and hips] are killing me"): what is
    said after the second part is said of the first too, so a term about the first ("neck ...
    killing me") reads across them as if they were not there."""
    found: set[int] = set()
    for i in range(1, len(words) - 1):
        if words[i] in _JOINING and words[i - 1] in body:
            j = i + 1
            while j < len(words) and words[j] in _BEFORE_PART:
                j += 1
            if j < len(words) and words[j] in body:
                found.update(range(i, j + 1))
    return frozenset(found)


def match_at(
    keys: Sequence[TermKey],
    sentence: Sentence,
    token_keys: Sequence[frozenset[TermKey]],
    words: Sequence[int],
    n: int,
    max_gap: int = MAX_GAP,
    skip: frozenset[int] = frozenset(),
) -> Match | None:
    """The term starting at the n-th word of the sentence (``words``: token index per word),
    with at most ``max_gap`` other words between two of its words; the words of ``skip`` (a
    body part joined to the one before, ``coordinated``) do not count."""
    if keys[0] not in token_keys[words[n]]:
        return None
    positions = [words[n]]
    at = n
    for key in keys[1:]:
        nxt = None
        m, end = at + 1, min(at + 2 + max_gap, len(words))
        while m < end:
            if key in token_keys[words[m]]:
                nxt = m
                break
            if m in skip:
                end = min(end + 1, len(words))
            m += 1
        if nxt is None:
            return None
        positions.append(words[nxt])
        at = nxt
    gap = tuple(sentence.tokens[i].text for i in range(positions[0], positions[-1] + 1)
                if i not in positions and sentence.tokens[i].is_word)
    return Match(sentence.index, positions[0], positions[-1] + 1, tuple(positions), gap)
