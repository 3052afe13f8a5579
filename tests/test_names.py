"""Names and greetings (issue 13): people are greeted by the name they go by, and template, prompts and the
greeting rule agree on it; `greet_as` wins over any guess; a panel member's topic stays in their own note."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from composer import compose_note
from composer.batch import read_rows
from composer.cli import main
from composer.context import MessageContext
from composer.prompting.chat import render_task
from composer.prompting.completion import render_completion
from composer.template import compose_from_facts
from guardrails import check_message
from guardrails.names import first_name, greeting_name, parse_name

FACTS = {"role": "Credit Risk Analyst", "company": "Hana Financial Group", "topics": ["stress testing"]}


@pytest.mark.parametrize(
    ("written", "note", "email"),
    [
        ("Sofía Martínez", "Sofía", "Sofía"),  # a plain name: as before
        ("Park Joon-ho", "Joon-ho", "Joon-ho"),  # Korean, family name first
        ("Kim Min-jun", "Min-jun", "Min-jun"),
        ("Nguyen Van An", "An", "An"),  # Vietnamese: the given name is the last
        ("Tanaka Hiroshi", "Hiroshi", "Hiroshi"),  # Japanese
        ("Wang Xiaoming", "Xiaoming", "Xiaoming"),  # Chinese
        ("Kovács Zsófia", "Zsófia", "Zsófia"),  # Hungarian
        ("Zsófia Kovács", "Zsófia", "Zsófia"),  # the same, written given name first
        ("Mei Chen", "Mei", "Mei"),
        ("Linh Tran", "Linh", "Linh"),
        ("Kim Jones", "Kim", "Kim"),  # a Korean family name that is also a given name
        ("Kim Morgan", "Kim", "Kim"),
        ("Lee Mason", "Lee", "Lee"),
        ("Kim Jong Un", "Jong Un", "Jong Un"),
        ("PARK Joon-ho", "Joon-ho", "Joon-ho"),  # a family name in capitals
        ("Okafor, Chidi", "Chidi", "Chidi"),  # family name, comma, given name
        ("Khin Thandar Aye", "Khin Thandar Aye", "Khin Thandar Aye"),  # Burmese: one name, no family name
        ("Daw Khin Thandar Aye", "Daw Khin Thandar Aye", "Daw Khin Thandar Aye"),
        ("Várnai Réka", "Réka", "Réka"),  # Hungarian, a family name not in the list
        ("Vámos Bence", "Bence", "Bence"),
        ("Nana Ama Obeng", "Nana Ama", "Nana Ama"),  # Akan: 'Nana' and a day name
        ("Nana Mensah", "Nana", "Nana"),
        ("Marco Luca", "Marco", "Marco"),  # 'Luca' is a Hungarian given name too, 'Marco' no family name
        ("Chhun Sokha", "Sokha", "Sokha"),  # Khmer: family name first
        ("Pak Budi", "Pak Budi", "Pak Budi"),  # an Indonesian form of address, said with the name
        ("Mohammad Reza Hosseini", "Mohammad Reza", "Mohammad Reza"),  # Persian given names of two words
        ("Syed Ahmed Raza", "Ahmed", "Ahmed"),  # 'Syed', 'Seyed': a lineage, not what anyone is called by
        ("Ch. Naveed Akhtar", "Naveed", "Naveed"),
        ("Atty. Maria Santos", "Maria", "Atty. Santos"),  # titles of many countries, never greeted alone
        ("Alhaji Musa Bello", "Musa", "Alhaji Bello"),
        ("Dipl.-Ing. Klaus Weber", "Klaus", "Dipl.-Ing. Weber"),
        ("drs. Jan de Vries", "Jan", "Drs. de Vries"),
        ("H.E. Saeed Al-Hammadi", "Saeed", "H.E. Al-Hammadi"),
        ("Ato Bekele Tadesse", "Bekele", "Ato Bekele"),  # Ethiopian: no family name; 'Ato' and the given name
        ("Dame Sarah Jones", "Sarah", "Dame Sarah"),  # as 'Sir John'
        ("Lord Patel", "Lord Patel", "Lord Patel"),
        ("Ibu Sri Wahyuni", "Ibu Sri", "Ibu Sri"),
        ("Sri Mulyani Indrawati", "Sri Mulyani", "Sri Mulyani"),  # Javanese 'Sri' opens a given name
        ("Abu Bakr Al-Siddiq", "Abu Bakr", "Abu Bakr"),  # an Arabic given name of two words
        ("Md. Abdul Karim", "Abdul Karim", "Abdul Karim"),
        ("Hj. Rahmah Ali", "Rahmah", "Rahmah"),  # 'Hj.' (Haji, Hajjah) before the name
        ("Tai Man Chan", "Tai Man", "Tai Man"),  # Cantonese, given name first, family name last
        ("Tsai Ya-ting", "Ya-ting", "Ya-ting"),  # Taiwanese, family name in Wade-Giles
        ("Ni Made Wulandari", "Wulandari", "Wulandari"),  # Balinese: 'Ni', the birth-order name, her own name
        ("MUDr. Zuzana Hrušková", "Zuzana", "MUDr. Hrušková"),  # a Czech physician's degree before the name
        ("Dr. Chidi Okafor", "Chidi", "Dr. Okafor"),  # a title: title and family name in an email
        ("Prof. Amara Chukwu", "Amara", "Prof. Chukwu"),
        ("Judge Maria Lopez", "Judge Lopez", "Judge Lopez"),  # a judge is greeted as one, in a note too
        ("Mr. David Okafor", "David", "Mr. Okafor"),
        ("Ms. Siobhán Ní Bhriain", "Siobhán", "Ms. Ní Bhriain"),
        ("Mrs. Jane Smith", "Jane", "Mrs. Smith"),
        ("Captain Raj Malhotra", "Raj", "Captain Malhotra"),
        ("Katarzyna (Kasia) Nowak", "Kasia", "Kasia"),  # the name they go by, in brackets
        ('Robert "Bob" Smith', "Bob", "Bob"),
        ("Dr. Robert (Bob) Smith", "Bob", "Dr. Smith"),
        ("Dr. Okafor", "Dr. Okafor", "Dr. Okafor"),  # no given name written
        ("José María de la Cruz", "José María", "José María"),  # a given name of two words
        ("Ana Lucía Gómez", "Ana Lucía", "Ana Lucía"),
        ("Dr. Jean Pierre Dupont", "Jean Pierre", "Dr. Dupont"),
        ("José Martínez", "José", "José"),
        ("Rosa Elena Castillo Méndez", "Rosa Elena", "Rosa Elena"),  # two given names, two family names
        ("Dr. Rhodri ap Iorwerth", "Rhodri", "Dr. ap Iorwerth"),  # a particle of the family name kept
        ("Prof. Aroha Te Whata", "Aroha", "Prof. Te Whata"),
        ("Dr. Nurul Aina binti Rahman", "Nurul Aina", "Dr. Nurul Aina"),  # a patronymic: the given name
        ("Rajendran s/o Krishnan", "Rajendran", "Rajendran"),  # 'son of', written with a slash
        ("Chef Baek Hyun-woo", "Hyun-woo", "Chef Baek"),  # titles of trades, orders and ranks
        ("Sister Teuila Faleolo", "Teuila", "Sister Faleolo"),
        ("Sgt. Colm Devlin", "Colm", "Sgt. Devlin"),
        ("Sqn Ldr (ret'd) Anand Kulkarni", "Anand", "Sqn Ldr Kulkarni"),
        ("ir. Wouter van 't Hoff", "Wouter", "Ir. van 't Hoff"),
        ("K. Rajeshwari", "Rajeshwari", "Rajeshwari"),  # an initial first: the name after it
        ("Ng Siew Ling", "Siew Ling", "Siew Ling"),  # a Hokkien family name first
        ("A/Prof. Mei-Ling Thornton-Yeo", "Mei-Ling", "A/Prof. Thornton-Yeo"),  # an associate professor
        ("María Ruiz", "María", "María"),
        ("Watch Manager Priya Sandhu", "Priya", "Watch Manager Sandhu"),  # ranks and offices of two words
        ("Battalion Chief Ramona Yazzie", "Ramona", "Battalion Chief Yazzie"),
        ("First Officer Lars Nyberg", "Lars", "First Officer Nyberg"),
        ("Cllr Ruth Okonjo", "Ruth", "Cllr Okonjo"),
        ("Chief Adebayo Ogunlesi", "Adebayo", "Chief Ogunlesi"),  # a chieftaincy title
        ("Dr. Helen Achebe FRCP", "Helen", "Dr. Achebe"),  # letters after the name
        ("Prof. Gwen Rees-Evans FRHistS", "Gwen", "Prof. Rees-Evans"),
        ("Tom Reed, MBE, PhD", "Tom", "Tom"),
        ("Pierre-Yves LE GOFF", "Pierre-Yves", "Pierre-Yves"),  # a family name in capitals is no letters
        ("MARTA KOWALCZYK", "Marta", "Marta"),  # typed in capitals
        ("Mrs. ANNE MCARTHUR", "Anne", "Mrs. McArthur"),
        ("Hoshino Akiko", "Akiko", "Akiko"),  # Japanese, family name first
        ("Hamad bin Rashid Al-Suwaidi", "Hamad", "Hamad"),  # a patronymic, then an Arabic family name
        ("Eng. Tiago Almeida Costa", "Tiago", "Eng. Costa"),  # 'Eng.' with its full stop is a title
        ("Eng Hock Tan", "Eng", "Eng"),  # without it, a given name
        ("Md. Rafiqul Hasan", "Rafiqul", "Rafiqul"),  # 'Md.' (Muhammad) is not what he is called
        ("Naa Adjeley Mensah", "Naa Adjeley", "Naa Adjeley"),  # Ga: 'Naa' opens the given name
        ("Han Hae-jin", "Hae-jin", "Hae-jin"),  # Korean, family name first
        ("Ing. Mateo Herrera Quiroga", "Mateo", "Ing. Herrera Quiroga"),  # two family names after 'Ing.'
        ("Capt. Eduardo Castillero Díaz", "Eduardo", "Capt. Castillero Díaz"),  # two Spanish family names
        ("Dr. Ximena Pardo Uribe", "Ximena", "Dr. Pardo Uribe"),
        ("Dr. Sarah Jane Lopez", "Sarah", "Dr. Lopez"),  # a middle name
        ("Dr. Juan Esteban Pérez", "Juan", "Dr. Pérez"),
        ("Dr. Rodrigo Valenzuela Pizarro", "Rodrigo", "Dr. Valenzuela Pizarro"),  # more common Spanish names
        ("Prof. Itziar Aranburu Mendizabal", "Itziar", "Prof. Aranburu Mendizabal"),  # Basque, by its ending
        ("Dr. Peter Ola Hansen", "Peter", "Dr. Hansen"),  # a short middle name is no Basque family name
        ("Joanna Marie Dela Cruz", "Joanna Marie", "Joanna Marie"),  # a compound given name, as said
        ("Maria Clarissa Dela Cruz", "Maria Clarissa", "Maria Clarissa"),  # Maria and a second given name
        ("Bobby Joe Hensley", "Bobby Joe", "Bobby Joe"),
        ("Ndèye Coumba Thiam", "Ndèye Coumba", "Ndèye Coumba"),  # Wolof: 'Ndèye' opens the given name
        ("Insp. Karen Stokes", "Karen", "Insp. Stokes"),  # an inspector of police
        ("Ko Chun-ja", "Chun-ja", "Chun-ja"),  # Korean, family name first
        ("C/E Budi Santoso", "Budi", "C/E Santoso"),  # a ship's chief engineer: a rank with a slash
        ("dr inż. Agnieszka Wróblewska", "Agnieszka", "Dr. Wróblewska"),  # Polish: doctor and engineer
        ("Wing Commander Ruth Adeyemi", "Ruth", "Wing Commander Adeyemi"),  # ranks of the forces
        ("Lieutenant Colonel Ana Ruiz", "Ana", "Lieutenant Colonel Ruiz"),
        ("Wing Chan", "Wing", "Wing"),  # a given name, with no rank's head after it
        ("Prof. Sipho Ndlovu FCS(SA)", "Sipho", "Prof. Ndlovu"),  # a college's letters with its country
        ("Senior Check Captain Aroha Mills", "Aroha", "Captain Mills"),  # a job's qualifiers left out
        ("LIN CHIA-HAO", "Chia-hao", "Chia-hao"),  # Taiwan's romanisation, typed in capitals
        ("Miss Joan Pryor FRCS", "Joan", "Miss Pryor"),  # more titles
        ("CA Meera Iyer", "Meera", "Meera"),  # a profession's letters, not said in a greeting
        ("Enf.ª Joana Pires", "Joana", "Enf.ª Pires"),
        ("Ma. Lourdes Santos", "Lourdes", "Lourdes"),  # 'Ma.' (María) is no name to greet by
        ("Fr. Jean de Dieu Nsengimana", "Jean de Dieu", "Fr. Nsengimana"),  # a given name of three words
        ("Pau Serra i Vidal", "Pau", "Pau"),  # two family names joined by 'i'
        ('Diego "El Flaco" Ramos', "Diego", "Diego"),  # a nickname with its article
        ("Kiss Bálint", "Bálint", "Bálint"),  # Hungarian, family name first
        ("The Ven. Mary Oakes", "Mary", "Archdeacon Oakes"),  # the clergy's styles
        ("The Reverend Canon Dr. Tom Hale", "Tom", "Canon Hale"),
        ("HHJ Priya Mistry KC", "Judge Mistry", "Judge Mistry"),  # His or Her Honour Judge
        ("Pr Awa Ndiaye", "Awa", "Prof. Ndiaye"),  # French 'Pr' (professeur)
        ("Oberstleutnant i.G. Jan Vogel", "Jan", "Oberstleutnant Vogel"),
        ("Dean Martin", "Dean", "Dean"),  # a given name, not the dean
        ("Engr. Md. Rafiq Hasan", "Rafiq", "Engr. Hasan"),
        ("Szekeres Dóra", "Dóra", "Dóra"),  # Hungarian, family name first
        ("Nurul Huda Rahman", "Nurul Huda", "Nurul Huda"),  # Malay given names of two words
        ("Engr. Jose Dela Paz", "Jose", "Engr. Dela Paz"),  # a Filipino particle written with a capital
    ],
)
def test_the_name_to_greet(written, note, email):
    assert greeting_name(written) == note
    assert greeting_name(written, formal=True) == email
    assert first_name(written) == note


@pytest.mark.parametrize(
    ("written", "guessed"),
    [
        ("Sofía Martínez", False),
        ("Dr. Chidi Okafor", False),
        ("Park Joon-ho", True),  # a convention read from the family name
        ("Wei Zhang", True),  # two family names: the order is open
        ("PARK Joon-ho", False),  # the capitals say which is the family name
        ("José María de la Cruz", True),  # a two-word given name: 'José' alone may be what he goes by
    ],
)
def test_a_guess_says_so(written, guessed):
    assert parse_name(written).guessed is guessed


def test_a_two_word_given_name_greets_by_both_and_accepts_the_first():
    ctx = MessageContext(interviewer_name="José María de la Cruz", **FACTS)
    assert compose_from_facts(ctx).startswith(("Hi José María,", "Hello José María,"))
    for greeting in ("Hi José María", "Hi José"):
        text = f"{greeting}, thank you for your time; our talk about stress testing stayed with me."
        assert check_message(text, ctx).passed, greeting


@pytest.mark.parametrize("kind", ["thank_you_email", "status_check"])
def test_every_email_greets_a_titled_interviewer_by_title_and_family_name(kind):
    ctx = MessageContext(
        interviewer_name="Capt. Henrik van der Berg", kind=kind, decision_by="2026-05-29", **FACTS
    )
    text = compose_from_facts(ctx)
    assert "\nDear Capt. van der Berg,\n" in text and check_message(text, ctx).passed, text
    assert not check_message(text.replace("Dear Capt. van der Berg,", "Dear Henrik,"), ctx).passed


def test_greet_as_wins_over_any_guess():
    ctx = MessageContext(interviewer_name="Park Joon-ho", greet_as="Jay", kind="thank_you_email", **FACTS)
    assert ctx.greeting == "Jay" and ctx.first_name == "Jay"
    titled = MessageContext(interviewer_name="Dr. Chidi Okafor", greet_as="Chidi", kind="thank_you_email")
    assert titled.greeting == "Chidi"


@pytest.mark.parametrize("bad", ["{first_name}", "123", "x" * 81])
def test_greet_as_is_validated_like_a_name(bad):
    with pytest.raises(ValidationError, match="greet_as"):
        MessageContext(interviewer_name="Park Joon-ho", greet_as=bad)


def test_an_empty_greet_as_means_no_preference():
    assert MessageContext(interviewer_name="Park Joon-ho", greet_as=" ").greet_as is None


def _opening(text: str) -> str:
    body = text.split("\n\n", 1)[1] if text.startswith("Subject:") else text
    return re.match(r"(?:Hi|Hello|Dear) [^,]+,", body).group(0)


@pytest.mark.parametrize(
    ("name", "kind", "greet_as", "opening"),
    [
        ("Park Joon-ho", "connection_note", None, " Joon-ho,"),
        ("Park Joon-ho", "follow_up", None, " Joon-ho,"),
        ("Park Joon-ho", "thank_you_email", None, "Dear Joon-ho,"),
        ("Nguyen Van An", "connection_note", None, " An,"),
        ("Dr. Chidi Okafor", "connection_note", None, " Dr. Okafor,"),
        ("Mrs. Agnes Mwangi", "follow_up", None, " Mrs. Mwangi,"),
        ("Colonel Piotr Wiśniewski", "connection_note", None, " Colonel Wiśniewski,"),
        ("CA Kavita Jhunjhunwala", "connection_note", None, " Kavita,"),
        ("Dr. Chidi Okafor", "thank_you_email", None, "Dear Dr. Okafor,"),
        ("Judge Maria Lopez", "thank_you_email", None, "Dear Judge Lopez,"),
        ("Mr. David Okafor", "thank_you_email", None, "Dear Mr. Okafor,"),
        ("Park Joon-ho", "connection_note", "Jay", " Jay,"),
        ("Dr. Chidi Okafor", "thank_you_email", "Chidi", "Dear Chidi,"),
    ],
)
def test_the_template_greets_as_the_rule_expects(name, kind, greet_as, opening):
    ctx = MessageContext(interviewer_name=name, kind=kind, greet_as=greet_as, **FACTS)
    text = compose_from_facts(ctx)
    assert _opening(text).endswith(opening), text
    assert check_message(text, ctx).passed, text


def test_the_rule_fails_a_family_name_greeting_and_a_lost_title():
    note = "Hi Park, thank you for the interview about the Credit Risk Analyst role and for the talk on stress testing."
    report = check_message(note, MessageContext(interviewer_name="Park Joon-ho", **FACTS))
    failed = {r.rule for r in report.results if not r.passed}
    assert "specificity.greets_interviewer" in failed
    fix = next(r.fix for r in report.results if r.rule == "specificity.greets_interviewer")
    assert "'Hi Joon-ho,'" in fix
    email = compose_from_facts(
        MessageContext(interviewer_name="Dr. Chidi Okafor", kind="thank_you_email", **FACTS)
    )
    bare = email.replace("Dear Dr. Okafor,", "Dear Chidi,")
    ctx = MessageContext(interviewer_name="Dr. Chidi Okafor", kind="thank_you_email", **FACTS)
    assert not check_message(bare, ctx).passed
    assert check_message(email, ctx).passed


def test_a_guessed_name_is_a_warning_not_a_failure():
    ctx = MessageContext(interviewer_name="Park Joon-ho", **FACTS)
    report = check_message(compose_from_facts(ctx), ctx)
    warning = next(r for r in report.results if r.rule == "specificity.guessed_name")
    assert report.passed and warning.severity == "warning" and not warning.passed
    assert "greet_as" in warning.fix
    told = MessageContext(interviewer_name="Park Joon-ho", greet_as="Joon-ho", **FACTS)
    assert next(
        r
        for r in check_message(compose_from_facts(told), told).results
        if r.rule == "specificity.guessed_name"
    ).passed


@pytest.mark.parametrize("kind", ["connection_note", "follow_up", "thank_you_email"])
def test_the_prompts_tell_the_model_whom_to_greet(kind):
    ctx = MessageContext(interviewer_name="Dr. Chidi Okafor" if kind == "thank_you_email" else "Park Joon-ho",
                         kind=kind, **FACTS)  # fmt: skip
    expected = ctx.greeting
    chat = "\n".join(m.content for m in render_task(ctx))
    assert expected in chat and "Hi Park" not in chat
    completion = render_completion(ctx)
    assert f"{'Dear' if kind == 'thank_you_email' else 'Hi'} {expected}," in completion.prompt
    assert expected in ("Joon-ho", "Dr. Okafor")


def test_a_note_about_another_alexs_topic_fails():
    """Two Alexes on one panel: the note to Alex Kim that thanks them for Alex Smith's topic."""
    ctx = MessageContext(
        interviewer_name="Alex Kim", other_names=["Alex Smith"], role="SRE", company="Acme",
        topics=["incident reviews"], other_topics=["capacity planning for the holiday peak"],
    )  # fmt: skip
    wrong = (
        "Hi Alex, thank you for the interview for the SRE role. Your thoughts on incident reviews and capacity "
        "planning for the holiday peak gave me a lot to consider."
    )
    right = "Hi Alex, thank you for the interview for the SRE role. Your thoughts on incident reviews gave me a lot to consider."
    failed = {r.rule for r in check_message(wrong, ctx).results if not r.passed}
    assert failed == {"specificity.others_topic"}
    assert check_message(right, ctx).passed


def test_batch_gives_each_member_the_panels_other_topics_and_reads_greet_as(tmp_path):
    path = tmp_path / "panel.csv"
    path.write_text(
        "interviewer_name,greet_as,role,company,candidate_name,topics\n"
        "Alex Kim,,SRE,Acme,Ana Silva,incident reviews\n"
        "Alex Smith,,SRE,Acme,Ana Silva,capacity planning; incident reviews\n"
        "Park Joon-ho,Jay,SRE,Acme,Ana Silva,on-call\n",
        encoding="utf-8",
    )
    rows = {r.context.interviewer_name: r.context for r in read_rows(str(path))}
    assert rows["Alex Kim"].other_topics == ["capacity planning", "on-call"]  # not the shared topic
    assert rows["Alex Smith"].other_topics == ["on-call"]
    assert rows["Park Joon-ho"].greet_as == "Jay" and rows["Alex Kim"].greet_as is None
    assert compose_from_facts(rows["Park Joon-ho"]).split(",")[0].endswith("Jay")


def test_draft_greet_as_flag(capsys):
    args = ["draft", "--provider", "template", "--interviewer", "Park Joon-ho", "--role", "Credit Risk Analyst",
            "--topic", "stress testing", "--format", "json"]  # fmt: skip
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["text"].split(",")[0].endswith("Joon-ho")
    assert main([*args, "--greet-as", "Jay"]) == 0
    assert json.loads(capsys.readouterr().out)["text"].split(",")[0].endswith("Jay")


def test_compose_note_with_a_dict_greet_as():
    result = compose_note(
        {"interviewer_name": "Tanaka Hiroshi", "greet_as": "Hiro", **FACTS}, provider="template"
    )
    assert result.text.split(",")[0].endswith("Hiro")


@pytest.mark.parametrize(
    ("name", "greet_as", "dear"),
    [
        ("Watch Manager Priya Sandhu", None, "Dear Watch Manager Sandhu,"),  # a rank of two words
        ("Wong Ka-wai", "Mr. Wong", "Dear Mr. Wong,"),  # a title inside greet_as
        ("Dr. Helen Achebe FRCP", None, "Dear Dr. Achebe,"),  # letters after the name left out
    ],
)
def test_an_email_greets_a_rank_or_a_titled_greet_as_and_passes(name, greet_as, dear):
    ctx = MessageContext(interviewer_name=name, greet_as=greet_as, kind="thank_you_email", **FACTS)
    text = compose_from_facts(ctx)
    assert f"\n{dear}\n" in text and check_message(text, ctx).passed, text
    assert not check_message(text.replace(dear, "Dear Sir,"), ctx).passed
