"""Reading the place a parent names in a message and mapping it to a region code."""

from __future__ import annotations

import time

import pytest

from bot.places import MAX_TEXT, Place, find_places, region_in_text
from bot.regions import KNOWN_REGIONS


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # England and Wales
        ("we're in the UK", "UK"),
        ("we live in England", "UK"),
        ("u.k.", "UK"),
        ("great britain", "UK"),
        ("Cardiff here, my son is 12", "UK"),
        ("we're in Swindon", "UK"),
        ("we live in Milton Keynes", "UK"),
        ("St. Albans mum here", "UK"),
        ("from st albans", "UK"),
        ("we're in Stoke-on-Trent", "UK"),
        ("we moved to Wales last year", "UK"),
        ("cymru", "UK"),
        ("we live in Reading", "UK"),
        ("we live in Bath", "UK"),
        ("we live in Derby", "UK"),
        ("we live in Hull", "UK"),
        # A short form, and a lower-case state code after a small town
        ("im 2 hrs away in wagga", "AU"),
        ("we are in wagga wagga nsw", "AU"),
        ("Wagga Wagga", "AU"),  # the whole answer to "where are you?"
        ("we live in Germany (Munich). she chat with man from England", "OTHER"),
        # Scotland
        ("scotland", "UK-SCT"),
        ("glasgow", "UK-SCT"),
        ("we're in Dundee", "UK-SCT"),
        ("my son is at uni in Inverness", "UK-SCT"),
        ("we live in Fife", "UK-SCT"),
        ("we're in Perth, Scotland", "UK-SCT"),
        # Northern Ireland
        ("northern ireland", "UK-NIR"),
        ("we live in NI", "UK-NIR"),
        ("belfast", "UK-NIR"),
        ("derry", "UK-NIR"),
        ("Londonderry", "UK-NIR"),
        ("we're in Co. Tyrone", "UK-NIR"),
        ("county down", "UK-NIR"),
        ("co antrim", "UK-NIR"),
        ("we're in Enniskillen", "UK-NIR"),
        # Ireland
        ("Ireland", "IE"),
        ("eire", "IE"),
        ("we're in the republic", "IE"),
        ("we live in Cork", "IE"),
        ("galway", "IE"),
        ("limerick", "IE"),
        ("Co. Kerry", "IE"),
        ("County Mayo", "IE"),
        ("we're in Dún Laoghaire", "IE"),
        # United States
        ("usa", "US"),
        ("we moved to the states", "US"),
        ("in the US", "US"),
        ("we're in Ohio", "US"),
        ("texas", "US"),
        ("we live in Georgia", "US"),
        ("we're in NY", "US"),
        ("NYC", "US"),
        ("in LA", "US"),
        ("LA here", "US"),
        ("Portland, OR", "US"),
        # Canada
        ("we're in Canada", "CA"),
        ("Manitoba", "CA"),
        ("winnipeg", "CA"),
        ("british columbia", "CA"),
        ("London, Ontario", "CA"),
        ("we live in Regina", "CA"),
        ("we're in St. John's", "CA"),
        # Australia
        ("Brisbane", "AU"),
        ("perth", "AU"),
        ("we're in Wagga Wagga", "AU"),
        ("queensland", "AU"),
        ("new south wales", "AU"),
        ("we're in Victoria", "AU"),
        ("we live in WA", "AU"),
        ("WA here", "AU"),
        ("down under", "AU"),
        ("we're in oz", "AU"),
        ("aussie mum here", "AU"),
        ("we live in Sydney", "AU"),
        # New Zealand
        ("new zealand", "NZ"),
        ("nz", "NZ"),
        ("aotearoa", "NZ"),
        ("Auckland", "NZ"),
        ("christchurch", "NZ"),
        ("we live in Hawke's Bay", "NZ"),
        # anywhere else
        ("Spain", "OTHER"),
        ("Dubai", "OTHER"),
        ("we are in India", "OTHER"),
        ("Lagos", "OTHER"),
        ("we're in Turkey", "OTHER"),
        ("we live in Jersey", "OTHER"),
        ("we're in Chile", "OTHER"),
        ("we're in Nice", "OTHER"),
        ("we're in Split", "OTHER"),
        ("holland", "OTHER"),
        ("the netherlands", "OTHER"),
        ("we're from Chad", "OTHER"),
    ],
)
def test_region_named(text: str, region: str) -> None:
    assert region_in_text(text) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("we're from Leeds but on holiday in Spain and she's missing", "OTHER"),
        ("I'm in the UK but my son is in Sydney for uni", "AU"),
        ("we live in Cork, my daughter is at her dad's in Belfast this week", "UK-NIR"),
        ("we live in Glasgow but we're in Portugal right now", "OTHER"),
        ("we were in spain last summer, now we're home in leeds", "UK"),
        ("were in spain and she's gone", "OTHER"),  # "were" with no "we": a dropped apostrophe
        ("we're in Glasgow, originally from Cork", "UK-SCT"),
        ("we're on holiday in Dubai for a week, we're from Texas", "OTHER"),
        ("she's staying with her gran in Inverness this week, we live in Cardiff", "UK-SCT"),
        ("we moved from Texas to Manitoba", "CA"),
    ],
)
def test_where_the_child_is_now_wins(text: str, region: str) -> None:
    assert region_in_text(text) == region


@pytest.mark.parametrize(
    "text",
    [
        "she's been reading her messages all night",
        "he had a bath and went to bed",
        "we're going away in march",
        "that's nice of you",
        "I took her mobile off her",
        "she spilled orange juice on the laptop",
        "she's in orange today for the charity day",
        "I hope she's ok",
        "there's a sale on at the shop",
        "we made a deal about screen time",
        "they split up last year",
        "he went to the derby with his dad",
        "my daughter Georgia is being bullied",
        "her friend Sydney sent her a video",
        "Chad keeps messaging her on snapchat",
        "my son Austin is 14",
        "Charlotte and Jackson are in the same class",
        "a girl called Florence is sending her nasty messages",
        "her teacher Mrs Chester called me",
        "his friend Eugene showed him something",
        "Paris is my eldest and she's 15",
        "Jordan said he was going to hurt himself",
        "my friend Victoria told me about this site",
        "Regina from school posted a picture of her",
        "hi, sydney here, my son is 13",
        "we had turkey for christmas",
        "alright china",
        "he wore his new jersey to school",
        "chile con carne for tea",
        "the man at the door won't leave",
        "I'm feeling down",
        "can you help us",
        "ca 1990",
        "i.e. she won't stop",
        "caught in the act",
        "8 oz of flour",
        "hiding down under the bed",
        "wa sa nt act tas",
        "we're in the north",
        "the report is in progress",
        "she's in year 7",
        "he's in trouble at school",
        "she's in bits",
        "the police officer said to call back",
        "she put on mascara",
        "we live in hope",
        "la la land",
        "",
    ],
)
def test_ordinary_words_and_names_are_not_places(text: str) -> None:
    assert find_places(text) == []
    assert region_in_text(text) is None


def test_places_come_in_order_with_names_and_current() -> None:
    places = find_places("We're from Leeds but we're on holiday in Spain and she's missing")
    assert places == [Place("UK", "Leeds", False), Place("OTHER", "Spain", True)]


def test_a_county_is_named_as_written_in_the_gazetteer() -> None:
    assert find_places("co tyrone") == [Place("UK-NIR", "Co. Tyrone", False)]
    assert find_places("County Cork") == [Place("IE", "Co. Cork", False)]


def test_here_marks_the_place_current() -> None:
    assert find_places("Perth here, my son is 12") == [Place("AU", "Perth", True)]
    assert find_places("Belfast dad here") == [Place("UK-NIR", "Belfast", True)]


def test_a_qualifier_picks_the_right_town() -> None:
    assert find_places("Perth, Scotland")[0] == Place("UK-SCT", "Perth", False)
    assert [place.region for place in find_places("London, Ontario")] == ["CA", "CA"]


def test_a_name_alone_answers_where_are_you() -> None:
    assert region_in_text("Sydney") == "AU"
    assert region_in_text("georgia") == "US"


def test_state_codes_in_lower_case_need_to_be_unambiguous() -> None:
    assert region_in_text("we're in ny") == "US"
    assert region_in_text("we're in ca") is None  # "ca" is not California in lower case
    assert region_in_text("we're in CA") == "US"


def test_every_region_is_known() -> None:
    text = "Glasgow, Belfast, Cork, Ohio, Manitoba, Brisbane, Auckland, Spain, Swindon"
    regions = [place.region for place in find_places(text)]
    assert regions == ["UK-SCT", "UK-NIR", "IE", "US", "CA", "AU", "NZ", "OTHER", "UK"]
    assert set(regions) <= set(KNOWN_REGIONS)


def test_a_long_message_is_read_up_to_the_cap() -> None:
    filler = "my daughter has been talking to someone online and I am worried. "
    text = "we're in Cork. " + filler * 200 + " we're in Texas now"
    assert text.index("Texas") > MAX_TEXT
    assert region_in_text(text) == "IE"  # Texas lies past the cap
    assert region_in_text(filler * 160) is None


@pytest.mark.parametrize(
    "text",
    [
        "😀🇬🇧",
        "<script>alert(1)</script>",
        "\x00\x01\x02",
        "....",
        "'''",
        "Co.",
        "ß" * 20_000,
        "-" * 50,
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    assert find_places(text) == []


def test_markup_and_emoji_around_a_place() -> None:
    assert region_in_text("<b>we're in Galway</b> 😀") == "IE"


def test_reading_a_message_is_fast() -> None:
    message = (
        "Hi, we're from Leeds but we're on holiday in Spain at the moment and my 13 year old "
        "daughter has gone missing. She was last seen near the hotel pool talking to an older "
        "boy she met on snapchat. I don't know what to do. Please help me, who do I call?"
    )
    find_places(message)  # the index is built once, on first use
    start = time.perf_counter()
    for _ in range(200):
        find_places(message)
    per_call = (time.perf_counter() - start) / 200
    assert per_call < 0.005  # about 0.2 ms on the development machine


def test_the_sites_region_settles_a_name_several_countries_share() -> None:
    from bot.places import region_in_text

    assert region_in_text("we're in Perth", prefer="AU") == "AU"
    assert region_in_text("we're in Perth", prefer="UK-SCT") == "UK-SCT"
    assert region_in_text("we're in Perth", prefer="UK") == "UK-SCT"
    assert region_in_text("we're in Hamilton", prefer="NZ") == "NZ"
    assert region_in_text("we live in Canterbury", prefer="UK") == "UK"
    assert region_in_text("we're in Spain on holiday", prefer="AU") == "OTHER"


def test_holiday_islands_abroad_are_another_country() -> None:
    from bot.places import region_in_text

    for place in ("Tenerife", "Majorca", "Crete", "the Algarve", "Lanzarote"):
        assert region_in_text(f"we're on holiday in {place} and she's gone", prefer="UK") == "OTHER"


def test_where_the_child_is_wins_over_where_the_parent_is() -> None:
    from bot.places import region_in_text

    assert (
        region_in_text("I'm in Melbourne but my sister's kids are back home in Ballymena")
        == "UK-NIR"
    )
    assert (
        region_in_text("hi I'm in Christchurch but my son lives with his dad in Brisbane") == "AU"
    )
    assert region_in_text("we're in Swindon. her dad's asleep") == "UK"


def test_a_strangers_origin_does_not_move_the_family() -> None:
    text = "a guy from texas keeps messaging my son"
    assert region_in_text(text, prefer="UK") is None  # the site's region stands
    assert region_in_text(text) == "US"  # with nothing else to go on, it is the best guess
    assert region_in_text("we're from Cork but live in Perth WA now", prefer="UK") == "AU"
    assert region_in_text("we live in Leeds, not Ireland", prefer="IE") == "UK"
    assert region_in_text("its Derry not Donegal", prefer="IE") == "UK-NIR"


@pytest.mark.parametrize(
    ("text", "prefer", "region"),
    [
        # A relative's place and the writer's own: the child is with the relative.
        (
            "my sister she live in Romania, her husband hit her son. I am in Peterborough",
            "UK",
            "OTHER",
        ),
        ("They're out in Queensland, I'm here in Kent, I only see her on video calls", "UK", "AU"),
        ("She lives with her mum in Perth, I'm in Christchurch", "NZ", "AU"),
        # Unless the writer says the child is with them.
        ("my ex lives in Spain and I'm in Dublin, my son is here with me", "IE", "IE"),
        # Moving house makes the new place home; the old school's place is the past.
        (
            "We moved to Spokane in the summer, the site's still bookmarked from his old school in BC",
            "CA",
            "US",
        ),
    ],
)
def test_whose_place_it_is(text: str, prefer: str, region: str) -> None:
    assert region_in_text(text, prefer=prefer) == region


def test_a_name_then_a_full_stop_answers_where_are_you() -> None:
    assert (
        region_in_text("Wagga Wagga. He has his grandkids over most weekends", prefer="UK") == "AU"
    )
    for text in ("Nice. thanks", "Reading. that is what she likes", "Georgia. she is 12"):
        assert region_in_text(text, prefer="UK") is None


def test_a_foreign_town_that_is_no_english_word_needs_only_in() -> None:
    found = find_places("HELP my daughter has left the hotel in Benidorm to meet a boy")
    assert [(p.region, p.name) for p in found] == [("OTHER", "Benidorm")]
    assert find_places("she is in Nice")[0].region == "OTHER"
    assert find_places("dressed in orange today") == []


def test_a_county_names_its_state_not_a_namesake_town() -> None:
    found = find_places("We're in Bergen County, NJ")
    assert [(p.region, p.name) for p in found] == [("US", "NJ")]
    assert find_places("we live in Orange County, CA")[0].region == "US"


def test_words_listed_after_a_place_are_a_part_of_it() -> None:
    # "east end" is a town's name in the US only: after Toronto it is a part of Toronto.
    text = "Our 14yo just left with a man in a grey car. Toronto, east end."
    assert [(p.region, p.name) for p in find_places(text)] == [("CA", "Toronto")]
    assert [p.region for p in find_places("we are in Leeds, west end")] == ["UK", "UK"]
    assert [p.region for p in find_places("we live between Bristol and Bath")] == ["UK", "UK"]
    assert [p.region for p in find_places("family in Toronto and London")] == ["CA", "UK"]
    # A place's own name listed after another still counts: a mall named for its suburb.
    text = "a man arranging to meet her at Westfield Manukau"
    assert region_in_text(text) == "NZ"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("we're outside Austin TX", "US"),  # a state code after a town names it
        ("My 11 yr old keeps getting texts. Regina, SK", "CA"),
        ("keeps messaging him saying he owes them. Gold Coast", "AU"),  # a big town, a last line
        ("we live on the Gold Coast", "AU"),
        ("we're on the central coast", "AU"),
    ],
)
def test_a_town_named_with_its_state_or_on_a_line_of_its_own(text: str, region: str) -> None:
    assert region_in_text(text) == region


def test_lower_case_codes_and_words_stay_words() -> None:
    assert region_in_text("talking to austin tx") is None
    assert region_in_text("separated, shared custody, bc") is None
    assert region_in_text("she was on the phone") is None
    assert region_in_text("we went to a long beach") is None
