"""The pure decision that combines the triage and the classifier, tested directly."""

from __future__ import annotations

from bot.safety.combine import combine
from bot.safety.triage import Triage, normalise


def ml(name: str, confidence: float = 0.9) -> dict[str, object]:
    return {"name": name, "confidence": confidence}


def test_the_triage_wins_and_the_ranking_is_kept_below_it() -> None:
    ranking = [ml("ask_gaming"), ml("disclose_grooming", 0.1)]
    result = combine("a man asks my son for pics", Triage("grooming"), ranking[0], ranking, False)
    assert result.intent == {"name": "disclose_grooming", "confidence": 1.0}
    assert [r["name"] for r in result.ranking] == ["disclose_grooming", "ask_gaming"]
    assert all(r["confidence"] == 0.0 for r in result.ranking[1:])


def test_a_sure_classifier_lifts_a_rule_held_disclosure_to_danger_now() -> None:
    text = normalise("she is cutting herself right now")
    result = combine(text, Triage("self_harm"), ml("disclose_emergency", 0.95), [], False)
    assert result.escalated and result.intent["name"] == "disclose_emergency"
    calm = combine(
        "she has been cutting", Triage("self_harm"), ml("disclose_emergency", 0.95), [], False
    )
    assert not calm.escalated and calm.intent["name"] == "disclose_self_harm"


def test_call_now_on_the_classifiers_word_needs_a_danger_word() -> None:
    ranking = [ml("disclose_emergency", 0.8), ml("ask_social_media_age", 0.15)]
    result = combine("what about youtube she watches makeup", Triage(), ranking[0], ranking, False)
    assert result.intent["name"] == "ask_social_media_age"


def test_short_places_pleas_restarts_and_unplaced_worries() -> None:
    assert (
        combine("im in winnipeg", Triage(), ml("restart_conversation"), [], True).intent["name"]
        == "inform_region"
    )
    assert (
        combine("please help", Triage(), ml("affirm"), [], False).intent["name"] == "report_concern"
    )
    assert (
        combine("ok ringing 111", Triage(), ml("restart_conversation"), [], False).intent["name"]
        == "nlu_fallback"
    )
    worry = combine(
        "something is off with him", Triage(concern=True), ml("nlu_fallback", 1.0), [], False
    )
    assert worry.intent["name"] == "report_concern"


def test_the_danger_model_lifts_a_disclosure_and_names_danger_the_rules_missed() -> None:
    text = normalise("theres a note on her bed saying sorry for everything and her bike is gone")
    lifted = combine(text, Triage("self_harm"), ml("disclose_self_harm"), [], False, 0.65)
    assert lifted.escalated and lifted.intent["name"] == "disclose_emergency"
    held = combine(text, Triage("self_harm"), ml("disclose_self_harm"), [], False, 0.4)
    assert not held.escalated and held.intent["name"] == "disclose_self_harm"
    alone = combine(text, Triage(), ml("nlu_fallback", 1.0), [], False, 0.8)
    assert alone.escalated and alone.intent["name"] == "disclose_emergency"
    # Between the two thresholds the model may keep the classifier's danger now, not name it.
    kept = combine(text, Triage(), ml("disclose_emergency", 0.7), [], False, 0.65)
    assert kept.intent["name"] == "disclose_emergency" and not kept.escalated
    unsure = combine(text, Triage(), ml("nlu_fallback", 1.0), [], False, 0.65)
    assert unsure.intent["name"] == "nlu_fallback"


def test_the_danger_model_never_makes_a_question_or_a_safe_child_call_now() -> None:
    question = normalise("what would i do if my son ran away and his phone was off")
    asked = combine(question, Triage(question=True), ml("ask_talking"), [], False, 0.99)
    assert asked.intent["name"] == "ask_talking" and not asked.escalated
    safe = normalise("she is safe now, he messaged her last week asking for pics")
    held = combine(
        safe, Triage("grooming", safe_now=True), ml("disclose_grooming"), [], False, 0.99
    )
    assert held.intent["name"] == "disclose_grooming" and not held.escalated
    nobody = combine("asdf qwer", Triage(), ml("nlu_fallback", 1.0), [], False, 0.99)
    assert nobody.intent["name"] == "nlu_fallback"


def test_a_long_opening_about_a_child_that_nothing_placed_gets_the_one_question() -> None:
    text = normalise(
        "I think something happened at the sleepover, she came home quiet and wont say"
    )
    fallback = ml("nlu_fallback", 1.0)
    asked = combine(text, Triage(), fallback, [], False, opening_statement=True)
    assert asked.intent["name"] == "report_concern"
    later = combine(text, Triage(), fallback, [], False, opening_statement=False)
    assert later.intent["name"] == "nlu_fallback"  # in a conversation the flow decides
    short = combine("she came home quiet", Triage(), fallback, [], False, opening_statement=True)
    assert short.intent["name"] == "nlu_fallback"
    question = combine(text, Triage(question=True), fallback, [], False, opening_statement=True)
    assert question.intent["name"] == "nlu_fallback"


def test_asking_whether_to_allow_a_meeting_is_a_plan_not_danger_now() -> None:
    for text in (
        "my 15 year old wants to meet up with someone she met online should i let her",
        "is it ok for my 12 year old to meet a friend from roblox at the park",
    ):
        norm = normalise(text)
        held = combine(norm, Triage("grooming"), ml("disclose_emergency", 0.95), [], False, 0.9)
        assert held.intent["name"] == "disclose_grooming" and not held.escalated
        ranking = [ml("disclose_emergency", 0.6), ml("ask_grooming", 0.3)]
        alone = combine(norm, Triage(), ranking[0], ranking, False, 0.9)
        assert alone.intent["name"] == "ask_grooming" and not alone.escalated


def test_a_topic_question_with_a_child_in_it_gets_the_topic_not_a_route() -> None:
    text = normalise("what is sextortion? saw it on the news. my boys are 15 and 16")
    asked = combine(
        text, Triage("sextortion"), ml("ask_sextortion", 0.98), [], False, 0.0, False, True
    )
    assert asked.intent["name"] == "ask_sextortion"
    unsure = combine(
        text, Triage("sextortion"), ml("ask_sextortion", 0.4), [], False, 0.0, False, True
    )
    assert unsure.intent["name"] == "disclose_sextortion"
    report = normalise("how do I report someone grooming my son online?")
    routed = combine(
        report, Triage("grooming"), ml("ask_grooming", 0.95), [], False, 0.0, False, True
    )
    assert routed.intent["name"] == "disclose_grooming"  # asking to report is a disclosure
    told = normalise("someone is grooming my son")
    statement = combine(told, Triage("grooming"), ml("ask_grooming", 0.95), [], False)
    assert statement.intent["name"] == "disclose_grooming"  # no question mark: the rules hold


def test_the_classifiers_danger_now_without_backing_stays_a_worry_not_out_of_scope() -> None:
    text = normalise(
        "Foster carer. During contact the birth dad kept whispering to the wee one. Is it worth raising?"
    )
    ranking = [
        ml("disclose_emergency", 0.58),
        ml("out_of_scope", 0.15),
        ml("disclose_adult_behaviour", 0.12),
    ]
    result = combine(text, Triage(), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "disclose_adult_behaviour"  # its next disclosure
    ranking = [ml("disclose_emergency", 0.58), ml("out_of_scope", 0.15)]
    result = combine(text, Triage(), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "report_concern"  # never "Sorry, I can't help with that"


def test_asking_what_a_word_means_is_not_a_disclosure_on_the_classifiers_word() -> None:
    text = normalise("What does 'unalive' mean? My 10 year old keeps saying it")
    ranking = [ml("disclose_self_harm", 0.57), ml("ask_conversation_start", 0.2)]
    result = combine(text, Triage(), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "ask_conversation_start"


def test_a_question_the_classifier_reads_as_no_is_not_a_no() -> None:
    text = normalise("so it's not something to panic about on its own?")
    result = combine(
        text, Triage(), ml("deny", 0.48), [ml("deny", 0.48)], False, question_mark=True
    )
    assert result.intent["name"] == "nlu_fallback"
    for said in ("no?", "no she's not safe, what do I do?", "not sure? I can't find her"):
        norm = normalise(said)
        assert (
            combine(norm, Triage(), ml("deny"), [ml("deny")], False, question_mark=True).intent[
                "name"
            ]
            == "deny"
        )


def test_an_unbacked_danger_now_in_a_plain_question_is_not_a_worry() -> None:
    for said in (
        "Are loot boxes gambling? My young lad is 12 and he's mad into FIFA packs",
        "my 14 yr old had tiktok and now says she cant anymore bc of some new law?? what is that",
    ):
        ranking = [ml("disclose_emergency", 0.6), ml("nlu_fallback", 0.3)]
        result = combine(normalise(said), Triage(), ranking[0], ranking, False, question_mark=True)
        assert result.intent["name"] == "nlu_fallback", said


def test_a_danger_word_in_a_question_the_danger_model_rules_out_does_not_back_call_now() -> None:
    text = normalise("Any tips for keeping them safe on tablets with hotel wifi?")
    ranking = [ml("disclose_emergency", 0.41), ml("ask_filters_and_controls", 0.2)]
    result = combine(
        text, Triage(), ranking[0], ranking, False, danger_score=0.02, question_mark=True
    )
    assert result.intent["name"] == "ask_filters_and_controls"
    sure = combine(text, Triage(), ranking[0], ranking, False, danger_score=0.3, question_mark=True)
    assert sure.intent["name"] == "disclose_emergency"


def test_a_worry_beats_a_topic_the_classifier_half_heard() -> None:
    text = normalise("my son doesn't want to go to his uncle's anymore and won't say why")
    ranking = [ml("ask_body_autonomy", 0.5)]
    result = combine(text, Triage(concern=True), ranking[0], ranking, False)
    assert result.intent["name"] == "report_concern"
    sure = combine(text, Triage(concern=True), ml("ask_body_autonomy", 0.95), [], False)
    assert sure.intent["name"] == "ask_body_autonomy"


def test_a_question_below_the_fallback_threshold_gets_its_best_topic() -> None:
    text = normalise("Are the laws about nudes different here in Northern Ireland?")
    ranking = [ml("nlu_fallback", 0.4), ml("ask_nudes", 0.38), ml("disclose_own_child_image", 0.12)]
    result = combine(text, Triage(question=True), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "ask_nudes"
    unsure = [ml("nlu_fallback", 0.4), ml("ask_nudes", 0.2)]
    assert (
        combine(text, Triage(), unsure[0], unsure, False, question_mark=True).intent["name"]
        == "nlu_fallback"
    )
    told = normalise("my son came home from camp different")  # not a question
    assert combine(told, Triage(), ranking[0], ranking, False).intent["name"] != "ask_nudes"


def test_an_age_intent_needs_a_childs_age_and_a_short_message() -> None:
    no_age = combine("about 30 mins", Triage(), ml("inform_age", 0.7), [], False, has_age=False)
    assert no_age.intent["name"] == "nlu_fallback"
    long = combine(
        normalise("I'm 17, my little sister is 11 and just got TikTok. Should I tell mum?"),
        Triage(),
        ml("inform_age", 0.5),
        [],
        False,
        question_mark=True,
        has_age=True,
    )
    assert long.intent["name"] != "inform_age"
    plain = combine("shes 9", Triage(), ml("inform_age", 0.9), [], False, has_age=True)
    assert plain.intent["name"] == "inform_age"


def test_goodbye_or_thanks_needs_its_own_words_unless_the_classifier_is_sure() -> None:
    angry = combine("hell go off his head", Triage(), ml("goodbye", 0.43), [], False)
    assert angry.intent["name"] == "nlu_fallback"
    assert combine("cheers pal", Triage(), ml("thank", 0.5), [], False).intent["name"] == "thank"
    assert combine("ttfn", Triage(), ml("goodbye", 0.95), [], False).intent["name"] == "goodbye"


def test_a_classifier_only_disclosure_in_an_advice_question_answers_the_question() -> None:
    ranking = [ml("disclose_grooming", 0.77), ml("ask_social_media_age", 0.12)]
    text = normalise("is discord 13+? my son is 11 and his whole class is on a server")
    result = combine(text, Triage(), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "ask_social_media_age"
    sure = [ml("disclose_grooming", 0.9)]
    told = combine(text, Triage(), sure[0], sure, False, question_mark=True)
    assert told.intent["name"] == "disclose_grooming"
    report = normalise("how do I report a man messaging my son on discord?")
    kept = combine(report, Triage(), ranking[0], ranking, False, question_mark=True)
    assert kept.intent["name"] == "disclose_grooming"


def test_a_child_bullied_gets_the_bullying_answer_not_another_topic() -> None:
    text = normalise(
        "there's a class group chat where they all slag him, he only showed me last night"
    )
    ranking = [ml("ask_screen_time_sleep", 0.4), ml("ask_bullying", 0.1)]
    assert combine(text, Triage(), ranking[0], ranking, False).intent["name"] == "ask_bullying"
    doing = normalise("I think my son is the one bullying a boy in his class")
    assert combine(doing, Triage(), ml("report_concern"), [], False).intent["name"] == (
        "ask_child_bullying_others"
    )
    sure = combine(text, Triage(), ml("ask_reading_messages", 0.9), [], False)
    assert sure.intent["name"] == "ask_reading_messages"
    told = combine(text, Triage("grooming"), ml("ask_bullying"), [], False)
    assert told.intent["name"] == "disclose_grooming"


def test_a_question_about_the_services_names_a_service_or_reporting() -> None:
    ranking = [ml("ask_which_service", 0.6), ml("ask_child_disclosed", 0.3)]
    other = combine(
        "and do i say anything to the other parents", Triage(), ranking[0], ranking, False
    )
    assert other.intent["name"] == "ask_child_disclosed"
    asked = combine("is there an irish version of ceop", Triage(), ranking[0], ranking, False)
    assert asked.intent["name"] == "ask_which_service"


def test_a_danger_word_in_an_advice_question_needs_the_danger_model() -> None:
    text = normalise(
        "my daughter (8) saw adult stuff on youtube at her friends house, she came home upset "
        "and told me. how do I talk to her about it?"
    )
    ranking = [ml("disclose_emergency", 0.7), ml("ask_pornography", 0.2)]
    calm = combine(text, Triage(), ranking[0], ranking, False, 0.3, question_mark=True)
    assert calm.intent["name"] != "disclose_emergency"
    scared = combine(text, Triage(), ranking[0], ranking, False, 0.8, question_mark=True)
    assert scared.intent["name"] == "disclose_emergency"


def test_a_danger_word_in_how_do_i_without_a_question_mark_needs_the_model_too() -> None:
    text = normalise("she came home upset and told me. how do I talk to her about it")
    ranking = [ml("disclose_emergency", 0.7), ml("ask_pornography", 0.2)]
    assert combine(text, Triage(), ranking[0], ranking, False, 0.3).intent["name"] != (
        "disclose_emergency"
    )


def test_a_long_question_with_a_place_is_the_question_not_only_the_place() -> None:
    text = normalise(
        "What are snapchat streaks and why is my daughter so obsessed? We're in Belfast"
    )
    result = combine(text, Triage(), ml("inform_region", 0.44), [], True, question_mark=True)
    assert result.intent["name"] == "nlu_fallback"  # the app is answered by action_suggest_topics
    short = combine("we're in belfast", Triage(), ml("inform_region", 0.9), [], True)
    assert short.intent["name"] == "inform_region"
