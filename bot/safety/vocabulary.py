"""The words the triage rules are built from, and the one normalisation every rule reads.

Kept apart from the rules so a new word for a child or an image is added in one place.
"""

from __future__ import annotations

import re

MAX_CHARS = 10_000  # longer messages are cut: the rules run in bounded time

# Scots, Irish and other everyday forms read as their plain English.
DIALECT = [
    (re.compile(r"\b(?:cannae|canny|cant)\b"), "cant"),
    (re.compile(r"\b(?:wont|winnae|willnae)\b"), "wont"),
    (
        re.compile(
            r"\b(?:ma|me|mah)\b(?= (?:wee|young|little|son|daughter|boy|girl|lad|lass|lassie|kid|kids|bairn|wean|weans|niece|nephew|pal|man|partner|brother|sister))"
        ),
        "my",
    ),
    (re.compile(r"\byer man\b"), "a man"),
    (re.compile(r"\btae\b"), "to"),
    (re.compile(r"\bfae\b"), "from"),
    (re.compile(r"\b(?:gonny|gonnae)\b"), "going to"),
    (re.compile(r"\bhersel\b"), "herself"),
    (re.compile(r"\bhimsel\b"), "himself"),
    (re.compile(r"\b(?:masel|mysel)\b"), "myself"),
    (re.compile(r"\bbleedin\b"), "bleeding"),
    (re.compile(r"\bstoppin\b"), "stopping"),
]


def normalise(text: str) -> str:
    """Lower-cases and drops apostrophes and punctuation, so "she's" and "shes" read alike."""
    text = text[:MAX_CHARS].lower()
    text = re.sub(r"[\u2018\u2019\u02bc'`]", "", text)
    text = re.sub(r"[^a-z0-9£$\s]+", " ", text)
    # "£200" and "$500" read as words: a symbol has no word boundary for the money cues.
    text = text.replace("£", " pounds ").replace("$", " dollars ")
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, plain in DIALECT:
        text = pattern.sub(plain, text)
    return text


def _rx(*parts: str) -> re.Pattern[str]:
    """One pattern that matches wherever any of the parts does."""
    return re.compile("|".join(f"(?:{part})" for part in parts))


# --- words for people, images and places ---------------------------------------------------
# Words are regex fragments, each one non-capturing group, for the cue patterns to combine.
CHILD = (
    r"(?:son|sons|daughter|daughters|child|childs|children|kid|kids|boy|girl|teen|teens|teenager|"
    r"baby|toddler|stepson|stepdaughter|step son|step daughter|niece|nephew|grandson|"
    r"granddaughter|grandchild|grandkid|pupil|pupils|student|little one|wee one|young one|lassie|"
    r"lassies|laddie|bairn|wean|weans|wee girl|wee boy|lad|youngfella|young fella|sister|brother|cousin|"
    r"\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old|year olds)|\d{1,2}yo|\w+ grader)"
)
HOUSEHOLD_ADULT = (
    r"(?:husband|partner|boyfriend|girlfriend|wife|ex|ex husband|ex partner|ex wife|dad|father|"
    r"stepdad|step dad|stepfather|stepmum|stepmom|mum|mom|mother|uncle|aunt|auntie|grandad|"
    r"granddad|grandpa|grandfather|grandma|brother in law|father in law|son in law|lodger|"
    r"flatmate|housemate|relative|family member|cousin|brother|adult son)"
)
OTHER_ADULT = (
    r"(?:neighbou?r|friend|pal|mate|family friend|colleague|coach|teacher|tutor|babysitter|nanny|"
    r"childminder|priest|vicar|scout leader|youth worker|instructor|doctor|parent)"
)
IMAGE = (
    r"(?:pic|pics|picture|pictures|photo|photos|image|images|imagery|selfie|selfies|video|videos|"
    r"vid|vids|nude|nudes|naked|snaps?(?! (?:map|maps|streaks?|score|chat|stories|story))|recording|"
    r"clip|clips|deepfake|footage)"
)
SEXUAL = (
    r"(?:sexual|sexualised|sexualized|sexually|sex|explicit|dirty|rude|inappropriate|naked|nude|"
    r"intimate|topless|private|sexy|revealing|underwear|porn|pornographic|indecent|compromising)"
)
MONEY = (
    r"(?:£|\$|money|cash|gift ?cards?|bitcoin|crypto|amazon cards?|steam cards?|apple cards?|"
    r"paypal|venmo|cash ?app|dollars|quid|pounds|euros|payment|pay|pays|paid|paying|ransom)"
)
# What a person in the message does: "he sent", "a man who keeps".
VERB = (
    r"(?:is|was|has|have|had|keeps|kept|s|are|were|sent|asked|asks|told|tells|wants|wanted|"
    r"threatened|threatens|touched|shared|posted|messaged|messages|contacted|got|made|tried|"
    r"say|says|said|will|ll|did|does|keep|comes|came|hurt|hurts|looks|looked|seems|insists|"
    r"always|just|uploaded|put|took|gave|bought|buys|paid|want|blocked|admitted|disclosed|"
    r"been|started|might|may|cant|wont|doesnt|dont|isnt|hasnt|needs|need|met|meets|pretending|"
    r"turned|befriended|added|follows|followed|sends|gets|goes|went|gone|began|begun)"
)
