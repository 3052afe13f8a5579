"""The vocabularies are written once (guardrails.vocabulary) and everything that names a choice reads them."""

from __future__ import annotations

from typing import get_args

import pytest

from guardrails import RULES, check_message
from guardrails.context import MessageContext
from guardrails.facts import CHAR_LIMITS
from guardrails.names import FORMAL_TITLES, TITLES, first_name, parse_name
from guardrails.rule import Rule
from guardrails.vocabulary import ACCOUNTS, CATEGORIES, KINDS, SEVERITIES


def test_the_context_model_allows_exactly_the_vocabulary():
    fields = MessageContext.model_fields
    assert get_args(fields["kind"].annotation) == KINDS
    assert get_args(fields["account"].annotation) == ACCOUNTS
    assert (fields["kind"].default, fields["account"].default) == ("connection_note", "free")


def test_every_kind_has_rules_and_the_limits_name_known_words():
    for kind in KINDS:
        assert any(kind in rule.kinds for rule in RULES), kind
    assert {kind for kind, _ in CHAR_LIMITS} <= set(KINDS)
    assert {account for _, account in CHAR_LIMITS} == set(ACCOUNTS)


def test_rules_use_known_categories_and_severities():
    assert {rule.category for rule in RULES} == set(CATEGORIES)
    assert {rule.severity for rule in RULES} == set(SEVERITIES)


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"kinds": frozenset({"thank_you_note"})}, "unknown kind 'thank_you_note'"),
        ({"category": "politeness"}, "unknown category 'politeness'"),
        ({"severity": "fatal"}, "unknown severity 'fatal'"),
    ],
)
def test_a_rule_with_a_misspelt_word_is_refused_when_made(fields, said):
    rule = {"id": "tone.x", "category": "tone", "severity": "error", "check": lambda draft, facts: iter(())}
    with pytest.raises(ValueError, match=said):
        Rule(**{**rule, **fields})


@pytest.mark.parametrize("title", TITLES)
def test_one_list_of_titles_serves_the_first_name_the_greeting_and_grounding(title):
    context = {"interviewer_name": "Chidi Okafor", "topics": ["migrating batch jobs to Kafka"]}
    for written in (title.capitalize(), title.capitalize() + "."):
        name = parse_name(f"{written} Chidi Okafor")
        # the given name, or for a judge, a justice or an ambassador the title with the family name
        called = f"{name.title} Okafor" if name.title in FORMAL_TITLES else "Chidi"
        assert name.given == "Chidi" and first_name(f"{written} Chidi Okafor") == called
        note = f"Hi {written} Okafor, thank you for the interview and our talk about migrating batch jobs to Kafka."
        results = {r.rule: r for r in check_message(note, context).results}
        assert results["specificity.greets_interviewer"].passed, written
        assert results["grounding.invented_detail"].passed, results["grounding.invented_detail"].message


def test_one_link_detector_for_the_note_and_the_follow_up():
    from guardrails import follow_up, text, tone

    assert tone.LINKS is text.LINKS and follow_up.LINKS is text.LINKS
    context = {"interviewer_name": "Ana Lima", "topics": ["Kafka"], "kind": "follow_up"}
    # '.design' was a link only to tone, '.news' only to the follow-up; 'asp.net' is the framework.
    shared = "Hi Ana, thank you for connecting. Two reads on Kafka: acme.design/kafka and acme.news/kafka."
    results = {r.rule: r for r in check_message(shared, context).results}
    assert not results["follow_up.too_many_links"].passed
    assert "'acme.design/kafka', 'acme.news/kafka'" in results["follow_up.too_many_links"].message
    assert [m.group(0) for m in text.LINKS.finditer("see acme.news and asp.net")] == ["acme.news"]


def test_one_stop_word_list_holds_the_template_providers():
    from composer.template.phrases import PHRASE_JOINTS as _STOP
    from guardrails.text import STOPWORDS

    assert _STOP <= STOPWORDS, sorted(_STOP - STOPWORDS)


def test_the_composer_reads_the_guardrails_words_not_a_copy():
    import composer.vocabulary as words

    assert words.KINDS is KINDS and words.ACCOUNTS is ACCOUNTS
    named = (words.CONNECTION_NOTE, words.FOLLOW_UP, words.THANK_YOU_EMAIL, words.POST_COMMENT)
    assert (*named, words.STATUS_CHECK, words.AFTER_REJECTION, words.AFTER_OFFER) == KINDS
    assert (words.FREE, words.PREMIUM) == ACCOUNTS


def _options(command: str) -> dict:
    from composer.cli import build_parser

    parser = build_parser()._subparsers._group_actions[0].choices[command]
    return {action.dest: action for action in parser._actions}


def test_the_command_line_choices_are_the_vocabulary():
    import composer.cli.plan as cli_plan
    from composer import vocabulary as words

    draft = _options("draft")
    assert tuple(draft["kind"].choices) == words.KINDS
    assert tuple(draft["account"].choices) == words.ACCOUNTS
    assert tuple(draft["format"].choices) == words.OUTPUT_FORMATS
    assert tuple(draft["prompt_style"].choices) == words.PROMPT_STYLES
    batch = _options("batch")
    assert tuple(batch["format"].choices) == words.BATCH_FORMATS
    assert tuple(batch["input_format"].choices) == words.INPUT_FORMATS
    assert cli_plan.CHOICES == words.PLAN_CHOICES
    assert _options("plan")["vibe"].metavar == "{positive,neutral,negative}"


def test_the_literals_still_written_elsewhere_match_the_vocabulary():
    """The types built from composer.vocabulary hold its values."""
    from composer import plan, result
    from composer import vocabulary as words
    from composer.input_formats import FORMATS, SUFFIXES
    from composer.prompting import templates as prompt
    from composer.providers import openai_provider

    assert get_args(prompt.PromptTemplate.model_fields["kind"].annotation) == (*words.KINDS, "rewrite")
    assert get_args(prompt.PromptTemplate.model_fields["style"].annotation) == words.PROMPT_STYLES
    assert openai_provider.PROMPT_STYLES == words.PROMPT_STYLES
    assert tuple(map(get_args, (plan.Vibe, plan.Formality, plan.Culture, plan.Outcome))) == tuple(
        words.PLAN_CHOICES.values()
    )
    assert (get_args(plan.Action), get_args(plan.Alternative)) == (words.ACTIONS, words.ALTERNATIVES)
    assert (get_args(result.Source), get_args(result.StopReason)) == (words.SOURCES, words.STOP_REASONS)
    assert (FORMATS, SUFFIXES) == (words.INPUT_FORMATS, words.INPUT_SUFFIXES)
