from __future__ import annotations

import pytest

from narrate.normalize import (
    RULES,
    collapse_spaces,
    day_first_in,
    drop_markup_symbols,
    has_words,
    heard_and_said,
    pause_at_dashes,
    read_abbreviations,
    read_acronyms,
    read_dates,
    read_day_and_month_ranges,
    read_decades,
    read_digit_strings,
    read_durations,
    read_fractions,
    read_initials,
    read_iso_dates,
    read_letter_a,
    read_measures,
    read_model_numbers,
    read_money,
    read_numbered_letters,
    read_numbers,
    read_numeric_dates,
    read_numeric_dates_day_first,
    read_ordinals,
    read_percentages,
    read_places_and_references,
    read_plural_numbers,
    read_ranges,
    read_roman_numerals,
    read_star_ratings,
    read_streets,
    read_symbols,
    read_times,
    read_web_addresses,
    read_years,
    regroup_indian_numbers,
    roman_value,
    rules_for,
    said,
    said_as_word,
    speakable,
    spell,
    split_words_from_numbers,
)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("*bold* and _under_", " bold  and  under "),
        ("a | b", "a   b"),
        ("<b>tag</b>", " b tag /b "),
        ("3.5% of $10, (yes)!", "3.5% of $10, (yes)!"),
    ],
)
def test_drop_markup_symbols(written: str, spoken: str) -> None:
    assert drop_markup_symbols(written) == spoken


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a \n b\t c  ") == "a b c"


def test_speakable_runs_rules_in_order() -> None:
    assert speakable("  **Hello**   world ") == "Hello world"
    assert speakable("abc", rules=[str.upper, lambda t: t + "!"]) == "ABC!"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("word", True),
        ("42", True),
        ("\u0645\u0631\u062d\u0628\u0627", True),
        ("... !!", False),
        ("\U0001f389\U0001f389", False),
        ("", False),
    ],
)
def test_has_words(text: str, expected: bool) -> None:
    assert has_words(text) is expected


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Jun 29, 2011", "June twenty-ninth, 2011"),
        ("on Nov. 24 it", "on November twenty-fourth it"),
        ("Sept. 3", "September third"),
        ("March 3rd", "March third"),
        ("16 August 1987", "the sixteenth of August 1987"),
        ("from 12-14 August", "from the twelfth to the fourteenth of August"),
        ("1 - 3 June", "the first to the third of June"),
        ("1 March", "the first of March"),
        ("in March 2014", "in March 2014"),  # no day: left to read_years
        ("May I come?", "May I come?"),
        ("June 4.5 percent", "June 4.5 percent"),
        ("07 Nov. 2015", "the seventh of November 2015"),
        ("Jan. 2015", "January 2015"),
        ("Sunday 1 March", "Sunday the first of March"),
    ],
)
def test_read_dates(written: str, spoken: str) -> None:
    assert read_dates(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("the 1990s", "the nineteen nineties"), ("the '60s", "the sixties"),
     ("2000s", "two thousands"), ("150s", "150s")],
)  # fmt: skip
def test_read_decades(written: str, spoken: str) -> None:
    assert read_decades(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("in 1998.", "in nineteen ninety-eight."),
        ("(2005)", "(two thousand five)"),
        ("1994-2000", "nineteen ninety-four to two thousand"),
        ("1994 \u2013 2000", "nineteen ninety-four to two thousand"),
        ("the 2014-15 season", "the twenty fourteen fifteen season"),
        ("2009/10", "two thousand nine ten"),
        ("1990-95", "nineteen ninety to nineteen ninety-five"),
        ("2000-01", "two thousand oh one"),
        ("5,000 people", "5,000 people"),
        ("2015.5", "2015.5"),
        ("$2015", "$2015"),
        ("2015%", "2015%"),
        ("12345", "12345"),
        ("10:30", "10:30"),
        ("999 and 2100", "999 and 2100"),
    ],
)
def test_read_years(written: str, spoken: str) -> None:
    assert read_years(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("the 21st century", "the twenty-first century"), ("2nd", "second"), ("3rd", "third"),
     ("11th", "eleventh"), ("1st-place", "first-place"), ("21 st", "21 st")],
)  # fmt: skip
def test_read_ordinals(written: str, spoken: str) -> None:
    assert read_ordinals(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("12.5%", "12.5 percent"), ("40 %", "40 percent"), ("100% sure", "100 percent sure")],
)
def test_read_percentages(written: str, spoken: str) -> None:
    assert read_percentages(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("$4.5 million", "4.5 million dollars"),
        ("$1.2bn", "1.2 billion dollars"),
        ("\u00a350m", "50 million pounds"),
        ("US$5", "5 dollars"),
        ("$ 10 million", "10 million dollars"),
        ("$1", "1 dollar"),
        ("\u20ac3.50", "3 euros fifty"),
        ("$10,000,", "10,000 dollars,"),
        ("$ alone", "$ alone"),
        ("Rs. 500", "500 rupees"),
        ("\u00a51,000", "1,000 yen"),
        ("ABC$5", "ABC$5"),
    ],
)
def test_read_money(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


def test_speakable_reads_a_news_sentence() -> None:
    assert speakable("Repairs cost $4.5 million, 12% more than in 1998, on Nov. 24.") == (
        "Repairs cost four point five million dollars, twelve percent more than in nineteen "
        "ninety-eight, on November twenty-fourth."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("see https://www.example.com/news/today?id=4.",
         "see example dot com slash news slash today."),
        ("Buy it at shop.example/3xQpZ7k today.", "Buy it at shop dot example today."),
        ("via https://bit.ly/3xQpZ7k.", "via link."),
        ("on www.example.org/p/CzX1b", "on example dot org"),
        ("at example.com/2026/11/ferry-returns.html", "at example dot com slash 2026 slash 11 "
         "slash ferry returns"),
        ("at example.com/a-very-long-headline-made-into-a-slug", "at example dot com"),
        ("see example.com/xkcd", "see example dot com"),
        ("and/or e.g./i.e. 1.5/2", "and/or e.g./i.e. 1.5/2"),
        ("at example.org", "at example dot org"),
        ("Amazon.com said", "Amazon dot com said"),
        ("write to ann.lee@example.co.uk", "write to ann dot lee at example dot co dot u k"),
        ("follow @narrate_app", "follow at narrate_app"),
        ("#Election2026 trends", "hashtag Election2026 trends"),
        ("issue #4", "issue #4"),
        ("end.The", "end.The"),
        ("AT&T", "AT&T"),
    ],
)  # fmt: skip
def test_read_web_addresses(written: str, spoken: str) -> None:
    assert read_web_addresses(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("on 2026-11-24.", "on the twenty-fourth of November twenty twenty-six."),
        ("(2007-6-18)", "(the eighteenth of June two thousand seven)"),
        ("2026-13-01", "2026-13-01"),
        ("2026-11-24-7", "2026-11-24-7"),
    ],
)
def test_read_iso_dates(written: str, spoken: str) -> None:
    assert read_iso_dates(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("at 3:30 p.m. ET", "at three thirty p m E T"),
        ("at 15:00 GMT", "at fifteen hundred G M T"),
        ("by 10am", "by ten eh m"),
        ("at 9 PM", "at nine p m"),
        ("9:05", "nine oh five"),
        ("at 6:00", "at six o'clock"),
        ("at 00:30", "at zero thirty"),
        ("at 7.45 pm", "at seven forty-five p m"),
        ("rose 7.45 percent", "rose 7.45 percent"),
        ("25:00", "twenty-five minutes"),
        ("13 pm", "13 pm"),
        ("at noon", "at noon"),
    ],
)
def test_read_times(written: str, spoken: str) -> None:
    assert said(read_times(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("call 555-0142", "call five five five, oh one four two"),
        ("(202) 555-0142", "two oh two, five five five, oh one four two"),
        ("ISBN 0-671-07580-2", "I S B N oh six seven one oh seven five eight oh two"),
        ("agent 007", "agent oh oh seven"),
        ("07 Nov", "07 Nov"),
        ("10-12", "10-12"),
    ],
)
def test_read_digit_strings(written: str, spoken: str) -> None:
    assert read_digit_strings(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a 10km run", "a 10 kilometer run"),
        ("5 kg", "5 kilograms"),
        ("1 mph", "1 mile per hour"),
        ("90 km/h", "90 kilometers per hour"),
        ("30C", "30 degrees Celsius"),
        ("70\u00b0F", "70 degrees Fahrenheit"),
        ("2,000 sq ft", "2,000 square feet"),
        ("381.2/km\u00b2", "381.2 per square kilometer"),
        ("4.0 L engine", "4.0 liters engine"),
        ("100 m sprint", "100 meters sprint"),
        ("1.2m people", "1.2 million people"),
        ("3bn", "3 billion"),
        ("100m final", "100m final"),
        ("5 C", "5 C"),
        ("4L", "4L"),
        ("5 in the box", "5 in the box"),
    ],
)
def test_read_measures(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("10-12 people", "10 to 12 people"),
        ("won 3\u20131", "won 3 to 1"),
        ("pages 164 - 165", "pages 164 to 165"),
        ("a 49-30-4 record", "a 49, 30, 4 record"),
        ("F-16", "F-16"),
        ("24-hour", "24-hour"),
        ("2.5-3.5", "2.5 to 3.5"),
    ],
)
def test_read_ranges(written: str, spoken: str) -> None:
    assert read_ranges(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("1/2", "one half"),
        ("3/4 of", "three quarters of"),
        ("2 1/2 cups", "two and a half cups"),
        ("16/5", "sixteen fifths"),
        ("\u00bd", "one half"),
        ("2\u00be", "two and three quarters"),
        ("open 24/7", "open twenty-four seven"),
        ("after 9/11", "after nine eleven"),
        ("11/24/2026", "11/24/2026"),
        ("3/27", "3/27"),
        ("0/5", "0/5"),
    ],
)
def test_read_fractions(written: str, spoken: str) -> None:
    assert read_fractions(written) == spoken


@pytest.mark.parametrize(
    ("numeral", "value"), [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XL", 40), ("LVIII", 58)]
)
def test_roman_value(numeral: str, value: int) -> None:
    assert roman_value(numeral) == value


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("World War II ended", "World War two ended"),
        ("World War I", "World War one"),
        ("Chapter IV", "Chapter four"),
        ("Super Bowl LVIII", "Super Bowl fifty-eight"),
        ("Henry VIII", "Henry the eighth"),
        ("Queen Elizabeth I of England", "Queen Elizabeth the first of England"),
        ("Pope John Paul II's visit", "Pope John Paul the second's visit"),
        ("Louis XIV", "Louis the fourteenth"),
        ("Malcolm X", "Malcolm X"),
        ("Then I said", "Then I said"),
        ("vitamin C", "vitamin C"),
        ("Rocky IV", "Rocky four"),
        ("a MIX of", "a MIX of"),
    ],
)
def test_read_roman_numerals(written: str, spoken: str) -> None:
    assert read_roman_numerals(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mr. Smith and Mrs Jones", "Mister Smith and Missus Jones"),
        ("Dr. Ng", "Doctor Ng"),
        ("Lt. Gen. Ray", "Lieutenant General Ray"),
        ("Sen. Ray", "Senator Ray"),
        ("Gen Z", "Gen Z"),
        ("St. Louis", "Saint Louis"),
        ("The St. Louis Cardinals", "The Saint Louis Cardinals"),  # not "The Street."
        ("on Elm St. Firefighters came", "on Elm Street. Firefighters came"),
        ("A St. Bernard", "A Saint Bernard"),
        ("mt Eden and ft Myers", "Mount Eden and Fort Myers"),
        ("In 1906, mt Eden", "In 1906, Mount Eden"),
        ("Ft Lauderdale", "Fort Lauderdale"),
        ("lives on Main St.", "lives on Main Street."),
        ("42 Elm St", "42 Elm Street"),
        ("Mulholland Dr.", "Mulholland Drive."),
        ("Mt. Everest", "Mount Everest"),
        ("No. 10", "number 10"),
        ("the #1 seed", "the number 1 seed"),
        ("Vol. 2", "volume 2"),
        ("Smith vs. Jones", "Smith versus Jones"),
        ("apples, pears, etc.", "apples, pears, etcetera."),
        ("approx. 40", "approximately 40"),
        ("e.g. this", "for example this"),
        ("Ford Jr.", "Ford Junior."),
        ("Acme Ltd", "Acme Limited"),
        ("no one", "no one"),
        ("Dr", "Dr"),
    ],
)
def test_read_abbreviations(written: str, spoken: str) -> None:
    assert read_abbreviations(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the BBC said", "the B B C said"),
        ("the FBI and the EU", "the F B I and the E U"),
        ("the U.N. said", "the U N said"),
        ("the U.S.", "the U S"),
        ("CHEK 1", "C H E K 1"),
        ("NGOs", "N G O's"),
        ("NATO allies", "NATO allies"),
        ("UNESCO sites", "UNESCO sites"),
        ("AIDS", "AIDS"),
        ("STORM HITS TOWN HARD", "STORM HITS TOWN HARD"),
        ("I am", "I am"),
        ("MP3 and G7", "MP3 and G7"),
        ("COVID-19", "COVID-19"),
    ],
)
def test_read_acronyms(written: str, spoken: str) -> None:
    assert read_acronyms(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Oliver & Boyd", "Oliver and Boyd"),
        ("2 + 2 = 4", "2 plus 2 equals 4"),
        ("50+", "50 plus"),
        ("\u00a7 12", "section 12"),
        ("a 4x4", "a 4 by 4"),
        ("and/or", "and or"),
        ("C++", "C++"),
    ],
)
def test_read_symbols(written: str, spoken: str) -> None:
    assert read_symbols(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("5,000 people", "five thousand people"),
        ("1,268.6", "one thousand two hundred sixty-eight point six"),
        ("-4 degrees", "minus four degrees"),
        ("a 75-year-old", "a seventy-five-year-old"),
        ("G7 and A380", "G7 and A380"),
        ("3.5.", "three point five."),
        ("1, 2, 3", "one, two, three"),
    ],
)
def test_read_numbers(written: str, spoken: str) -> None:
    assert read_numbers(written) == spoken


def test_pause_at_dashes() -> None:
    assert pause_at_dashes("yes \u2014 no\u2014maybe") == "yes, no, maybe"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("The Dow fell 2.5% to 35,000 at 4 p.m. ET.",
         "The Dow fell two point five percent to thirty-five thousand at four p m E T."),
        ("Gen. Ray met NATO in Brussels on 2026-11-24.",
         "General Ray met NATO in Brussels on the twenty-fourth of November twenty twenty-six."),
        ("World War II veterans, 90, ran 10km.",
         "World War two veterans, ninety, ran ten kilometers."),
        ("Call 555-0142 or visit example.com.",
         "Call five five five, oh one four two or visit example dot com."),
        ("Scores were 3-1 and 2-2 in 2014-15.",
         "Scores were three to one and two to two in twenty fourteen fifteen."),
    ],
)  # fmt: skip
def test_speakable_reads_every_class_in_context(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    ("language", "spoken"),
    [(None, "On March third, forty percent, a pause, Mister Vik."),
     ("en", "On March third, forty percent, a pause, Mister Vik."),
     ("en-GB", "On March third, forty percent, a pause, Mister Vik."),
     ("fr", "On March 3, 40%, a pause, Mr. Vik."),
     ("pt-BR", "On March 3, 40%, a pause, Mr. Vik.")],
)  # fmt: skip
def test_speakable_reads_english_rules_for_english_only(language: str | None, spoken: str) -> None:
    assert speakable("On March 3, 40% \u2014 a pause, Mr. Vik.", language=language) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("CIA", "C I eh"),
        ("NBA", "N B eh"),
        ("BBC", "B B C"),
        ("a", "eh"),
    ],
)
def test_spell_names_every_letter_so_espeak_cannot_read_an_article(
    written: str, spoken: str
) -> None:
    assert said(spell(written)) == spoken


@pytest.mark.parametrize(
    ("written", "heard", "engine"),
    [
        ("The FDA met at 7 a.m.", "The F D A met at seven a m.", "The F D eh met at seven eh m."),
        ("Plan A failed at the NBA", "Plan A failed at the N B A", "Plan eh failed at the N B eh"),
        ("the A350-900", "the A three fifty nine hundred", "the eh three fifty nine hundred"),
        ("A man met the BBC", "A man met the B B C", "A man met the B B C"),
        ("a \ufdd0stray mark", "a stray mark", "a stray mark"),
    ],
)
def test_heard_and_said_differ_only_in_the_names_of_spelled_letters(
    written: str, heard: str, engine: str
) -> None:
    assert heard_and_said(written) == (heard, engine)
    assert speakable(written) == engine


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the CIA briefed them", "the C I eh briefed them"),
        ("an NBA team", "an N B eh team"),
        ("the U.S.A. team", "the U S eh team"),
        ("That was HUGE for us", "That was HUGE for us"),
        ("It WILL NOT WORK, she said", "It WILL NOT WORK, she said"),
        ("GIRLS SOCCER: Lee scores", "GIRLS SOCCER: Lee scores"),
        ("DEAR READER: My aunt", "DEAR READER: My aunt"),
        ("BROWN, ALICE", "BROWN, ALICE"),
        ("NVIDIA shares rose", "NVIDIA shares rose"),
        ("CARE sent aid", "CARE sent aid"),
        ("the FBI and CDMA and NGOs", "the F B I and C D M eh and N G O's"),
        ("the SEC and MIT", "the S E C and M I T"),
        ("WHO said", "W H O said"),
        ("RFK HALL OF FAME", "R F K HALL OF FAME"),
        ("BRCA 2 gene", "B R C eh 2 gene"),
    ],
)
def test_read_acronyms_decides_each_word_in_capitals(written: str, spoken: str) -> None:
    assert said(read_acronyms(written)) == spoken


@pytest.mark.parametrize(
    ("letters", "shouted", "word"),
    [
        ("HALL", False, True),
        ("FBI", False, False),
        ("CDMA", False, False),
        ("MUTAWAKKILI", False, True),
        ("US", False, False),
        ("US", True, True),
        ("SEC", False, False),
        ("NATO", False, True),
        ("KOVA", False, True),  # unknown, two open syllables: a word
        ("KVMA", False, False),
        ("NYPD", False, False),
        ("NOT", False, True),  # emphasis: "DO NOT go"
        ("NO", False, True),
    ],
)
def test_said_as_word(letters: str, shouted: bool, word: bool) -> None:
    assert said_as_word(letters, shouted) is word


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("doors open at 8:00am", "doors open at eight eh m"),
        ("until 6:00pm", "until six p m"),
        ("by 10.30pm", "by ten thirty p m"),
        ("at 1030 am", "at ten thirty eh m"),
        ("(0100 GMT)", "(one hundred G M T)"),
        ("at 1845 GMT", "at eighteen forty-five G M T"),
        ("open 5pm-7pm", "open five p m to seven p m"),
        ("from 9-11am", "from 9 to eleven eh m"),
        ("in 1030 the", "in 1030 the"),
    ],
)
def test_read_times_round_two(written: str, spoken: str) -> None:
    assert said(read_times(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("finished in 0:02:01", "finished in two minutes one second"),
        ("a 2:07:44 marathon", "a two hours seven minutes forty-four seconds marathon"),
        ("ran 1:45.3", "ran one minute forty-five point three seconds"),
        ("at 1:45 today", "at 1:45 today"),
    ],
)
def test_read_durations(written: str, spoken: str) -> None:
    assert read_durations(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("paid $1.00", "paid 1 dollar"),
        ("just $0.02", "just two cents"),
        ("£0.50 each", "fifty pence each"),
        ("¥30b", "30 billion yen"),
        ("$18/hr", "18 dollars an hour"),
        ("$900/mo", "900 dollars a month"),
        ("$52,000/yr", "52,000 dollars a year"),
        ("a $3 billion deal", "a 3 billion dollar deal"),
        ("a $2-million grant", "a 2 million dollar grant"),
        ("lost $3 billion in", "lost 3 billion dollars in"),
        ("Rs 12 lakh", "12 lakh rupees"),
        ("₹7 crore", "7 crore rupees"),
        ("N250m", "250 million naira"),
        ("N12.5 billion", "12.5 billion naira"),
        ("R2.3 billion", "2.3 billion rand"),
        ("R2-D2 and grade R2", "R2-D2 and grade R2"),
        ("41.5 million HRK", "41.5 million kuna"),
        ("USD 75", "75 US dollars"),
        ("EUR 2bn", "2 billion euros"),
        ("$150-$200", "150 dollars to 200 dollars"),
        ("N95 masks", "N95 masks"),
    ],
)
def test_read_money_round_two(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lost 1.2 bln euros", "lost one point two billion euros"),
        ("won the 400m hurdles", "won the four hundred meter hurdles"),
        ("two 10k races", "two 10k races"),
        ("profit was $3.5 bln", "profit was three point five billion dollars"),
        ("200 mln shares, 2 trn", "two hundred million shares, two trillion"),
        ("cut 10k jobs", "cut ten thousand jobs"),
        ("1m households", "one million households"),
        ("ran a 10k race", "ran a 10k race"),  # a distance
        ("rose 25bps", "rose twenty-five basis points"),
        ("fell 1.2pc", "fell one point two percent"),
        ("won by 21 pts", "won by twenty-one points"),
    ],
)
def test_read_scale_words_and_wire_units(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken", "day_first"),
    [
        ("Taxes are due 4/15.", "Taxes are due April fifteenth.", False),
        ("closed on 3/4 after", "closed on March fourth after", False),
        ("closed on 3/4 after", "closed on the third of April after", True),
        ("set for 11/5.", "set for November fifth.", False),
        ("between 1/1 and 3/31", "between January first and March thirty-first", False),
        ("From 3/1 to 3/15", "From March first to March fifteenth", False),
        ("rose from 1/3 to 1/2", "rose from one third to one half", False),  # fractions
        ("cut by 2/3 and 24/7 news", "cut by two thirds and twenty-four seven news", False),
        ("was on 3/4 of the ballots", "was on three quarters of the ballots", False),
        ("moved from 6/12 to 6/19", "moved from June twelfth to June nineteenth", False),
        ("after 9/11 security", "after nine eleven security", False),
    ],
)
def test_read_numeric_dates_without_a_year(written: str, spoken: str, day_first: bool) -> None:
    assert speakable(written, rules_for("en-GB" if day_first else "en-US")) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("listed as Prop. 22 on", "listed as Proposition twenty-two on"),
        ("In Roe v. Wade the", "In Roe versus Wade the"),
        ("The v. 2 update", "The v. two update"),
        ("weighed 7 lbs. 8 oz. at birth", "weighed seven pounds eight ounces at birth"),
        ("dates from c. AD 122", "dates from circa eh D one hundred twenty-two"),
        (
            "Atty. Gen. Ann Lee and Asst. Chief Jo Kim",
            "Attorney General Ann Lee and Assistant Chief Jo Kim",
        ),
        (
            "the Natl. Guard and the Intl. Red Cross",
            "the National Guard and the International Red Cross",
        ),
        ("earned a Ph.D. in physics", "earned a P H D in physics"),
        ("on Fri., Oct. 3 and Wed. night", "on Friday, October third and Wednesday night"),
        ("We met on Tue.", "We met on Tuesday."),
    ],
)
def test_read_abbreviations_of_the_wires(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("signed by Acme Co. Shares rose.", "signed by Acme Company. Shares rose."),
        ("at Globex Corp. Analysts were", "at Globex Corporation. Analysts were"),
        ("Samsung Co. Ltd. shipped", "Samsung Company Limited shipped"),
        ("Jones Bros. Inc. merged", "Jones Brothers Incorporated merged"),
        ("Alphabet Inc.'s unit", "Alphabet Incorporated's unit"),
        ("in Ballymena, Co. Antrim", "in Ballymena, County Antrim"),
        ("in Marin Co. Sheriff's deputies", "in Marin County Sheriff's deputies"),
        ("charged in Kings Co. Court", "charged in Kings County Court"),
        ("Tesla Inc. Chief Executive Elon Musk", "Tesla Incorporated Chief Executive Elon Musk"),
    ],
)
def test_company_words_before_a_capital(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_read_ranges_fifty_fifty() -> None:
    said = speakable("a 50-50 split and a 2-2 draw")
    assert said == "a fifty-fifty split and a two to two draw"


def test_split_words_from_numbers_and_read_star_ratings() -> None:
    assert (
        split_words_from_numbers("#Marathon2025, covid19, mp3") == "#Marathon 2025, covid 19, mp3"
    )
    assert split_words_from_numbers("@Quay2025 and www.site2025.com") == (
        "@Quay2025 and www.site2025.com"
    )
    assert read_star_ratings("Rating: ★★★★; ★★★☆☆; ★") == (
        "Rating: four stars; three stars out of five; one star"
    )
    assert (
        speakable("Search for #Marathon2025.") == "Search for hashtag Marathon twenty twenty-five."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("it cost ₹1,00,000", "it cost ₹100,000"),
        ("Rs 12,50,00,000 in all", "Rs 125,000,000 in all"),
        ("3,45,678 people", "345,678 people"),
        ("₹1,00,000.50", "₹100,000.50"),
        ("1,234,567 people", "1,234,567 people"),  # thousands already
        ("in 2,3 and 1,00", "in 2,3 and 1,00"),
    ],
)
def test_regroup_indian_numbers(written: str, spoken: str) -> None:
    assert regroup_indian_numbers(written) == spoken
    assert speakable("It cost ₹1,00,000.") == "It cost one hundred thousand rupees."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Glacier Ridge II", "Glacier Ridge two"),
        ("Harbour Heist III opens", "Harbour Heist three opens"),
        ("Amenhotep II (", "Amenhotep the second ("),
        ("daughter of Guy XIII, Count", "daughter of Guy the thirteenth, Count"),
        ("Apollo XI", "Apollo eleven"),
        ("King Harald V", "King Harald the fifth"),
        ("Pope Leo XIV", "Pope Leo the fourteenth"),
        ("Tsar Boris III of", "Tsar Boris the third of"),
        ("grades III and IV", "grades three and four"),
        ("from VI to VIII", "from six to eight"),
        ("IX: 42", "nine: 42"),
        ("an IV drip", "an IV drip"),
        ("The IV drip", "The IV drip"),  # "The" is no name: not "the fourth"
        ("shown in Table III", "shown in Table three"),  # a label
    ],
)
def test_read_roman_numerals_round_two(written: str, spoken: str) -> None:
    assert read_roman_numerals(written) == spoken


@pytest.mark.parametrize(
    ("written", "month_first", "day_first"),
    [
        ("filed 11/10/2008", "filed November tenth two thousand eight",
         "filed the eleventh of October two thousand eight"),
        ("15-12-2011", "the fifteenth of December twenty eleven",
         "the fifteenth of December twenty eleven"),
        ("4/30/2019", "April thirtieth twenty nineteen", "April thirtieth twenty nineteen"),
        ("on 2.3.2021", "on February third twenty twenty-one",
         "on the second of March twenty twenty-one"),
        ("7/4/76", "July fourth nineteen seventy-six", "the seventh of April nineteen seventy-six"),
        ("13/13/2020", "13/13/2020", "13/13/2020"),
        ("3-4-5", "3-4-5", "3-4-5"),
    ],
)  # fmt: skip
def test_read_numeric_dates(written: str, month_first: str, day_first: str) -> None:
    assert read_numeric_dates(written) == month_first
    assert read_numeric_dates_day_first(written) == day_first


def test_rules_for_a_locale() -> None:
    assert rules_for("en-US") is RULES
    assert read_numeric_dates_day_first in rules_for("en-GB")
    assert read_numeric_dates not in rules_for("en-GB")
    with pytest.raises(ValueError, match="unknown locale"):
        rules_for("fr-FR")


@pytest.mark.parametrize(
    ("article", "day_first"),
    [
        ("Filed 25/12/2026, due 03/01/2027.", True),
        ("Filed 12/25/2026, due 01/03/2027.", False),
        ("Filed 03/01/2027.", None),
        ("Filed 25/12/2026 and 12/25/2026.", None),
        ("No dates here.", None),
    ],
)
def test_day_first_in(article: str, day_first: bool | None) -> None:
    assert day_first_in(article) is day_first


def test_an_article_s_own_dates_win_over_the_locale() -> None:
    assert read_numeric_dates_day_first in rules_for("en-US", "Filed 25/12/2026.")
    assert rules_for("en-GB", "Filed 12/25/2026.") is RULES


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("built A.D. 1070", "built A.D. ten seventy"),
        ("c.1400", "circa fourteen hundred"),
        ("ca. 1250", "circa twelve fifty"),
        ("in 1066 the", "in ten sixty-six the"),
        ("1070 - 1280", "ten seventy to twelve eighty"),
        ("300 BC", "three hundred BC"),
        ("1425 - 1400 BC", "fourteen twenty-five to fourteen hundred BC"),  # counting down
        ("300-250 B.C.", "three hundred to two hundred fifty B.C."),
        ("2017/2016 sales", "twenty seventeen, twenty sixteen sales"),  # two years
        ("in 1000 pieces", "in one thousand pieces"),
        ("page 1066", "page 1066"),
    ],
)
def test_read_years_before_1100_and_approximate(written: str, spoken: str) -> None:
    assert read_years(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the 800s", "the eight hundreds"),
        ("the 1800s", "the eighteen hundreds"),
        ("in their 70s", "in their seventies"),
        ("the 1950s-70s", "the nineteen fifties to seventies"),
    ],
)
def test_read_decades_round_two(written: str, spoken: str) -> None:
    assert read_decades(written) == spoken


def test_read_ordinals_with_separators() -> None:
    assert read_ordinals("the 1,000th visitor") == "the one thousandth visitor"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a 256GB phone", "a 256 gigabyte phone"),
        ("stores 256GB", "stores 256 gigabytes"),
        ("in 8ms", "in 8 milliseconds"),
        ('a 55" television', "a 55 inch television"),
        ("she is 5'8\" tall", "she is 5 feet 8 tall"),
        ('he said "call me at 9" and', 'he said "call me at 9" and'),
        ("3.5x faster", "3.5 times faster"),
        ("2-3x more", "2 to 3 times more"),
        ("a 12 km hike", "a 12 kilometer hike"),
        ("a 5-km loop", "a 5 kilometer loop"),
        ("ran 12 km in", "ran 12 kilometers in"),
        ("rises 400 - 1850m", "rises 400 to 1850 meters"),
        ("a 3.0 V 6 engine", "a 3.0 V 6 engine"),
        ("carried 50,000 mt wheat", "carried 50,000 metric tons wheat"),
        ("sits at 2,400m above sea level", "sits at 2,400 meters above sea level"),
        ("The tower is 300 m high", "The tower is 300 meters high"),
        ("In 1906, km rose", "In 1906, km rose"),  # the comma is no part of the number
    ],
)
def test_read_measures_round_two(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the A321-200", "the eh three twenty-one two hundred"),
        ("the 747-8F and 777F", "the seven forty-seven eight F and seven seventy-seven F"),
        ("The Boeing 737 crashed", "The Boeing seven thirty-seven crashed"),
        (
            "he drove a Porsche 911 on Highway 101",
            "he drove a Porsche nine eleven on Highway one oh one",
        ),
        ("Over 150 people, About 250 homes", "Over 150 people, About 250 homes"),
        ("on Tuesday 150 people came", "on Tuesday 150 people came"),
        ("see Page 387", "see Page 387"),
        ("Kansas 101, Texas 95", "Kansas 101, Texas 95"),  # points
        ("Airline Orders 270 Jets", "Airline Orders 270 Jets"),  # a headline's words
        ("Floods Kill 150", "Floods Kill 150"),
        ("Take 200 mg", "Take 200 mg"),  # a sentence's first word, a unit after
        ("On Sunday 150 marched", "On Sunday 150 marched"),
        ("then Australia 450 all out", "then Australia 450 all out"),  # points
        ("as Disney 150 million", "as Disney 150 million"),
        ("at 104F, 100-105F, a 350F oven", "at 104F, 100-105F, a 350F oven"),  # degrees
        ("two F-35s", "two F thirty-fives"),
        ("MP3 files", "M P three files"),
        ("CO2 output", "C O two output"),
        ("a B-52", "a B fifty-two"),
        ("FY2023-25 budget", "F Y twenty twenty-three to twenty twenty-five budget"),
        ("the C130 landed", "the C one thirty landed"),
        ("Q4 sales", "Q four sales"),
        ("COVID-19", "COVID-19"),
        ("4G and PM2.5", "4G and PM2.5"),
        ("the KP.3 variant", "the K P point three variant"),
        ("the EG.5.1 strain", "the E G point five point one strain"),
    ],
)
def test_read_model_numbers(written: str, spoken: str) -> None:
    assert said(read_model_numbers(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("DOVER, Del. \u2014 The", "DOVER, Delaware \u2014 The"),
        ("in Tulsa, Okla.", "in Tulsa, Oklahoma."),
        ("Sen. Ana Ruiz (D-Minn.) said", "Sen. Ana Ruiz (Democrat of Minnesota) said"),
        (
            "Rep. Jo Lee (D-CA) and Sen. Al Roe (R-TX)",
            "Rep. Jo Lee (Democrat of California) and Sen. Al Roe (Republican of Texas)",
        ),
        ("Rep. Ed Cole, R-Ohio, said", "Rep. Ed Cole, Republican of Ohio, said"),
        ("Aiken, S.C., and", "Aiken, South Carolina, and"),
        ("MORGANTOWN, W.Va.", "MORGANTOWN, West Virginia."),
        ("she felt ill.", "she felt ill."),
        ("Baxter Tool Co. said", "Baxter Tool Company said"),
        ("Globex Inc. and", "Globex Incorporated and"),
        ("near Co. Kerry", "near County Kerry"),
        ("see p.118", "see page 118"),
        ("pp. 40-52", "pages 40-52"),
        ("vol 12", "volume 12"),
        ("Vols. 3", "volumes 3"),
    ],
)
def test_read_places_and_references(written: str, spoken: str) -> None:
    assert read_places_and_references(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("at 3rd St and", "at 3rd Street and"),
        ("on 8th Ave.", "on 8th Avenue."),
        ("450 Maple Blvd", "450 Maple Blvd"),
        ("22 Rd", "22 Road"),
        ("the 9th Ln", "the 9th Lane"),
    ],
)
def test_read_streets(written: str, spoken: str) -> None:
    assert read_streets(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("mixed 1:1", "mixed 1 to 1"),
        ("a 1: 4 ratio", "a 1 to 4 ratio"),
        ("won 3:2", "won 3 to 2"),
        ("at 3:15", "at 3:15"),
    ],
)
def test_read_ranges_ratios(written: str, spoken: str) -> None:
    assert read_ranges(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("call 1-800-555-0123", "call one, eight hundred, five five five, oh one two three"),
        ("a 1-888 number", "a one eight hundred eighty-eight number"),
        ("zone 04 north", "zone oh four north"),
        ("04 Mar", "04 Mar"),
        ("record e 2004417", "record e two zero zero four four one seven"),
        ("doi:10.1000/abc12", "D O I one zero dot one zero zero zero slash abc one two"),
    ],
)
def test_read_digit_strings_round_two(written: str, spoken: str) -> None:
    assert read_digit_strings(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("see Kestrel.com.au", "see Kestrel dot com dot eh u"),
        ("at shop.co.nz", "at shop dot co dot n z"),
        ("(literature.at)", "(literature dot eh t)"),
        ("on spiegel.de", "on spiegel dot d e"),
        ("the end.It was", "the end.It was"),  # a missing space, not Italy
        ("he came.At last", "he came.At last"),
    ],
)
def test_read_web_addresses_country_domains(written: str, spoken: str) -> None:
    assert said(read_web_addresses(written)) == spoken


def test_read_fractions_with_a_hyphen() -> None:
    assert read_fractions("add 2-1/2 cups") == "add two and a half cups"


def test_read_symbols_leaves_a_spaced_slash_to_be_said() -> None:
    assert read_symbols("buyer / seller") == "buyer / seller"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Doors open at 7 a.m. at 2nd St.",
         "Doors open at seven eh m at second Street."),
        ("The CIA paid $0.05 a share, or a $2 million total.",
         "The C I eh paid five cents a share, or a two million dollar total."),
        ("TUCSON, Ariz. (0900 GMT) III and IV",
         "TUCSON, Arizona (nine hundred G M T) three and four"),
    ],
)  # fmt: skip
def test_speakable_round_two_in_context(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("on June 8-9", "on June eighth to ninth"),
        ("Oct. 2 \u2013 4", "October second to fourth"),
        ("June 8", "June eighth"),
    ],
)
def test_read_dates_day_ranges(written: str, spoken: str) -> None:
    assert read_dates(written) == spoken


def test_read_acronyms_possessive() -> None:
    assert read_acronyms("the EU's rules") == "the E U's rules"


def test_read_streets_with_a_direction() -> None:
    assert read_streets("at 12 W. 57th St") == "at 12 West 57th Street"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("near Pennsylvania Ave. NW.", "near Pennsylvania Avenue Northwest."),
        ("on Main St SE and Oak Street NW", "on Main Street Southeast and Oak Street Northwest"),
        ("the NW of the city", "the NW of the city"),  # no street before it
    ],
)
def test_read_streets_with_a_quadrant(written: str, spoken: str) -> None:
    assert read_streets(written) == spoken


def test_dimensions_are_by() -> None:
    assert speakable("a room 12ft x 14ft") == "a room twelve feet by fourteen feet"
    assert speakable("a 2 x 4 board") == "a two by four board"


def test_streets_with_a_direction_parkways_and_after_junior() -> None:
    assert speakable("at 100 E. Main St., Suite 4") == "at one hundred East Main Street, Suite four"
    assert speakable("off King Jr. Blvd. and Ocean Pkwy. now") == (
        "off King Junior Boulevard and Ocean Parkway now"
    )
    assert speakable("met John E. Smith there") == "met John E Smith there"


def test_read_percentages_range() -> None:
    assert read_percentages("from 4.75%-5%") == "from 4.75 to 5 percent"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("won the 400m", "won the 400 meters"),
        ("add 3 tsp salt", "add 3 teaspoons salt"),
        ("100m people", "100m people"),
    ],
)
def test_read_measures_races_and_kitchen_units(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


def test_read_digit_strings_a_number_to_call() -> None:
    assert read_digit_strings("Dial 999 now") == "Dial nine nine nine now"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sailed 14 June 19 52, at dawn", "sailed the fourteenth of June 19 52, at dawn"),
        ("on 3rd May 12 ships", "on the third of May 12 ships"),
        ("June 19 52 times", "June nineteenth 52 times"),  # no day before: June 19 is one
    ],
)
def test_read_dates_a_day_first_date_has_no_second_day(written: str, spoken: str) -> None:
    assert read_dates(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the 2019/2018 models", "the twenty nineteen, twenty eighteen models"),
        ("in 2012 - 64% voted", "in twenty twelve - 64% voted"),
        ("in 2012 - 64 percent voted", "in twenty twelve - 64 percent voted"),
        ("from 2012 - 2014", "from twenty twelve to twenty fourteen"),
    ],
)
def test_read_years_backwards_pairs_and_percentages(written: str, spoken: str) -> None:
    assert read_years(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ellis & Co. said", "Ellis & Co said"),
        ("sold to Pryor & Co.", "sold to Pryor & Co."),
        ("Pryor Co. said", "Pryor Company said"),
        ("for Pryor & Co. Ltd", "for Pryor & Co Ltd"),  # not County
    ],
)
def test_read_places_and_references_and_co(written: str, spoken: str) -> None:
    assert read_places_and_references(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("in volume XV of", "in volume fifteen of"),
        ("a stage IV tumour", "a stage four tumour"),
        ("the part I wrote", "the part I wrote"),
        ("Compare IX: 17", "Compare nine: 17"),
        ("King Henry VIII: 1509", "King Henry the eighth: 1509"),
        ("a Class C felony", "a Class C felony"),
        ("a USB type C cable", "a USB type C cable"),
        ("Super Bowl L", "Super Bowl fifty"),
    ],
)
def test_read_roman_numerals_labels_and_references(written: str, spoken: str) -> None:
    assert read_roman_numerals(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the District 7-3A title", "the District seven three eh title"),
        ("a 1-B draft card", "a one B draft card"),
        ("highs of 18-22C", "highs of 18-22C"),  # a range and a unit: read_measures
        ("a 5-10K race", "a 5-10K race"),
        ("a 4A school", "a 4A school"),  # no hyphen: espeak-ng says "four A" already
        ("the F-15C jet", "the F-15C jet"),
        ("won 6-2", "won 6-2"),
        ("my 403(b) account", "my four oh three b account"),
        ("a 501(c)(4) group", "a five oh one c four group"),
    ],
)
def test_read_numbered_letters(written: str, spoken: str) -> None:
    assert said(read_numbered_letters(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a $250M offer", "a 250 million dollar offer"),
        ("raised $4B", "raised 4 billion dollars"),
        ("£7 Million", "7 million pounds"),
        ("$1.5", "1.5 dollars"),
        ("$1.25", "1 dollar twenty-five"),
        ("at $1.07", "at 1 dollar oh seven"),
    ],
)
def test_read_money_scales_in_capitals_and_decimals(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("opens at 9 a.m.", "opens at nine eh m."),
        ("closes at 5:45 p.m.", "closes at five forty-five p m."),
        ("met at 1030 am.", "met at ten thirty eh m."),
        ("at 9 a.m. today", "at nine eh m today"),
    ],
)
def test_read_times_keep_the_sentence_s_full_stop(written: str, spoken: str) -> None:
    assert said(read_times(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a 48MP sensor", "a 48 megapixel sensor"),
        ("draws 60W", "draws 60 watts"),
        ("60 W of the line", "60 W of the line"),  # spaced: a compass point, not watts
        ("about 31mpg", "about 31 miles per gallon"),
        ("stands 5 ft 9 in tall", "stands 5 feet 9 inches tall"),
        ("a span of 1 ft 1 in.", "a span of 1 foot 1 inch."),
        ("stores 4.2 bn liters", "stores 4.2 billion liters"),
    ],
)
def test_read_measures_round_three(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a nurse from Tenn. said", "a nurse from Tennessee said"),
        ("the mayor of Okla.", "the mayor of Oklahoma."),
        ("grew up in N.J. and", "grew up in New Jersey and"),
        ("from Ill. patients", "from Ill. patients"),  # also a word: only after a comma
    ],
)
def test_read_places_and_references_states_after_a_word(written: str, spoken: str) -> None:
    assert read_places_and_references(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("worth A$3 billion", "worth 3 billion Australian dollars"),
        ("a C$40 ticket", "a 40 Canadian dollar ticket"),
        ("HK$2.5bn in bonds", "2.5 billion Hong Kong dollars in bonds"),
        ("signed a 4-year, $60 million deal", "signed a 4-year, 60 million dollar deal"),
        ("at a price, $5 million of it", "at a price, 5 million dollars of it"),
        ("cost $3-4 billion", "cost 3 to 4 billion dollars"),
        ("seats at $40-60", "seats at 40 to 60 dollars"),
        ("a $7-million loan", "a 7 million dollar loan"),
    ],
)
def test_read_money_whose_dollar_and_modifiers(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("won the 1,500m", "won the 1,500 meters"),
        ("the 4x400m relay", "the 4x400 meter relay"),
        ("lasted 3 hrs 20 mins", "lasted 3 hours 20 minutes"),
        ("sold 3\u00d7 more", "sold 3 times more"),
        ("a 2\u00d74 plank", "a 2\u00d74 plank"),  # left to read_symbols: "two by four"
        ("a 4 L 6 engine", "a 4 L 6 engine"),
        ("a 5-8 km hike", "a 5-8 kilometer hike"),
        ("ran 5-8 km today", "ran 5-8 kilometers today"),
    ],
)
def test_read_measures_races_and_hours_and_minutes(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("flew a Boeing 747-8 home", "flew a Boeing seven forty-seven 8 home"),
        ("the House passed it 412-3", "the House passed it 412 to 3"),
        ("the 747-8", "the 747 to 8"),  # no name before it: a range
        ("at 100-1 odds", "at 100 to 1 odds"),
        ("won 121-97", "won 121 to 97"),
        ("pages 215-9", "pages 215 to 9"),
    ],
)
def test_read_ranges_model_variants(written: str, spoken: str) -> None:
    assert read_ranges(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the 49ers won", "the forty-niners won"),
        ("a 76ers fan", "a seventy-sixers fan"),
        ("her 30s", "her 30s"),
    ],
)
def test_read_ordinals_team_names(written: str, spoken: str) -> None:
    assert read_ordinals(written) == spoken


def test_read_fractions_leaves_a_date_of_equal_numbers() -> None:
    assert read_fractions("after 7/7 and 1/4") == "after seven seven and one quarter"


def test_read_abbreviations_world_wars() -> None:
    assert read_abbreviations("after WWII and WWI.") == "after World War Two and World War One."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Vantor Corp. and Hale Bros. merged", "Vantor Corporation and Hale Brothers merged"),
        ("shares of Vantor Corp.", "shares of Vantor Corporation."),
    ],
)
def test_read_abbreviations_company_words(written: str, spoken: str) -> None:
    assert read_abbreviations(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('a 27" monitor', "a 27 inch monitor"),
        ('screens of 65" and more', "screens of 65 inches and more"),
        ("a 10-mile hike", "a 10-mile hike"),  # a unit in full needs nothing
    ],
)
def test_read_measures_inches_and_hyphenated_units(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("open Tue-Sat", "open Tuesday to Saturday"),
        ("shut Sat.\u2013Sun.", "shut Saturday to Sunday."),
        ("we sat down", "we sat down"),
        ("from Feb-Apr", "from February to April"),
        ("the Sept.\u2013Nov. term", "the September to November term"),
        ("Mar-Sun", "Mar-Sun"),
    ],
)
def test_read_day_and_month_ranges(written: str, spoken: str) -> None:
    assert read_day_and_month_ranges(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a load of 40 t", "a load of 40 tonnes"),
        ("cruises at 21 kn", "cruises at 21 knots"),
        ("tyres at 35 psi", "tyres at 35 pounds per square inch"),
    ],
)
def test_read_measures_tonnes_knots_and_pressure(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "ring +61 3 9555 0142 now",
            "ring plus six one, three, nine five five five, oh one four two now",
        ),
        ("up +3 2 1", "up +3 2 1"),  # too short for a phone number
    ],
)
def test_read_digit_strings_international_numbers(written: str, spoken: str) -> None:
    assert read_digit_strings(written) == spoken


def test_read_ranges_a_map_scale() -> None:
    assert read_ranges("a 1:25,000 map") == "a 1 to 25,000 map"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Plan A failed", "Plan eh failed"),
        ("from Double-A to Triple-A.", "from Double-eh to Triple-eh."),
        ("buy Class A stock", "buy Class eh stock"),
        ("in Pool A) and", "in Pool eh) and"),
        ("Texas A and M", "Texas eh and M"),
        ("the novel A Fine Balance", "the novel A Fine Balance"),  # a title's article
        ("Note: A man came", "Note: A man came"),
        ("A man came", "A man came"),
        ("in Pool A, then", "in Pool A, then"),  # before a comma espeak-ng says the letter
    ],
)
def test_read_letter_a(written: str, spoken: str) -> None:
    assert said(read_letter_a(written)) == spoken


@pytest.mark.parametrize(
    ("written", "heard", "engine"),
    [
        ("Christine A. (1986).", "Christine A (1986).", "Christine eh (1986)."),
        ("Di A.; Getty, Jo A. (2005)", "Di A; Getty, Jo A (2005)", "Di eh; Getty, Jo eh (2005)"),
        ("went to Jose A. Abenir", "went to Jose A Abenir", "went to Jose eh Abenir"),
        ("went to Christine A.", "went to Christine A.", "went to Christine eh."),
        ("It was Plan A. It failed.", "It was Plan A. It failed.", "It was Plan eh. It failed."),
        ("He got an A. Then he left.", "He got an A. Then he left.", "He got an eh. Then he left."),
        ("John F. Kennedy spoke", "John F Kennedy spoke", "John F Kennedy spoke"),
        ("met J. R. R. Tolkien", "met J R R Tolkien", "met J R R Tolkien"),
        ("Brown, R. Allen (1988)", "Brown, R Allen (1988)", "Brown, R Allen (1988)"),
        ("It was Plan B. Then it", "It was Plan B. Then it", "It was Plan B. Then it"),
        ("Vitamin D. The dose", "Vitamin D. The dose", "Vitamin D. The dose"),
        ("topped Group B. Spain was", "topped Group B. Spain was", "topped Group B. Spain was"),
        ("in Ward A. Residents", "in Ward A. Residents", "in Ward eh. Residents"),
        ("(A. Smith)", "(A Smith)", "(eh Smith)"),  # a text's start
        ("F. Scott Fitzgerald wrote", "F Scott Fitzgerald wrote", "F Scott Fitzgerald wrote"),
        ('"J. Smith said', '"J Smith said', '"J Smith said'),
    ],
)
def test_read_initials_drops_the_stop_espeak_takes_for_a_sentence_end(
    written: str, heard: str, engine: str
) -> None:
    marked = read_initials(written)
    assert (marked.replace("\ufdd0", ""), said(marked)) == (heard, engine)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("scored in 28:30 of play", "scored in twenty-eight thirty of play"),
        ("from 2000 to 0600 local time", "from twenty hundred to oh six hundred local time"),
        ("moved in at 0430 hours", "moved in at oh four thirty hours"),
        ("at 1400 hrs", "at fourteen hundred hours"),
        ("The 0830 train", "The oh eight thirty train"),
        ("spent 1500 hours on it", "spent 1500 hours on it"),  # a count
        ("between 1000 and 2000 hours of video", "between 1000 and 2000 hours of video"),
        ("read Psalm 46:05", "read Psalm forty-six oh five"),
        ("a 102:00 marathon", "a one hundred two minutes marathon"),
        ("at 24:00 sharp", "at twenty-four hundred sharp"),
        ("a 25:75 ratio", "a 25 to 75 ratio"),
        ("at 23:45", "at twenty-three forty-five"),  # a clock time
        ("code 28:75", "code 28:75"),  # no seconds, no verse: left
    ],
)
def test_read_times_reads_two_numbers_no_clock_shows_as_a_pair(written: str, spoken: str) -> None:
    assert read_times(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("six Boeing 747s", "six Boeing seven forty-sevens"),
        ("she rolled two 6s", "she rolled two sixes"),
        ("counted in 12s and 7s", "counted in twelves and sevens"),
        ("the 20s and 800s", "the 20s and 800s"),  # read_decades'
        ("the 1990s", "the 1990s"),  # decades are read_decades'
        ("the $5s", "the $5s"),
        ("at 3:15s", "at 3:15s"),
    ],
)
def test_read_plural_numbers(written: str, spoken: str) -> None:
    assert read_plural_numbers(written) == spoken


@pytest.mark.parametrize(
    ("written", "heard", "engine"),
    [
        ("mRNA vaccines", "m R N A vaccines", "m R N eh vaccines"),
        ("the ssDNA model", "s s D N A", "s s D N eh"),
        ("two siRNAs", "s i R N A's", "s i R N eh's"),
        ("runs on iOS", "i O S", "i O S"),
        ("bought on eBay", "eBay", "eBay"),
        ("the eCOMMERCE site", "eCOMMERCE", "eCOMMERCE"),
    ],
)
def test_read_acronyms_spells_an_initialism_after_lower_case_letters(
    written: str, heard: str, engine: str
) -> None:
    spoken, to_engine = heard_and_said(written)
    assert heard in spoken and engine in to_engine


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a .357 revolver", "a three hundred fifty-seven revolver"),
        ("a .38-caliber gun", "a thirty-eight-caliber gun"),
        ("batting .285 this year", "batting two hundred eighty-five this year"),
        ("p < .01 here", "p < zero point oh one here"),
        ("grew by .5 percent", "grew by zero point five percent"),
    ],
)
def test_read_numbers_calibers_and_averages(written: str, spoken: str) -> None:
    assert read_numbers(written) == spoken


def test_read_measures_yards() -> None:
    assert read_measures("threw for 288 yds") == "threw for 288 yards"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a stamp costs 85p", "a stamp costs 85 pence"),
        ("a 1p coin", "a 1 penny coin"),
        ("a 1080p screen", "a 1080p screen"),  # a resolution, not pence
    ],
)
def test_read_money_pence(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the 13.3in display", "the 13.3 inch display"),
        ("at 60fps", "at 60 frames per second"),
        ("a 50mcg dose", "a 50 microgram dose"),
        ("at 7 in the evening", "at 7 in the evening"),
        ("the $2 million prize", "the $2 million prize"),  # money is read_money's
        ("the 400m final", "the 400 meter final"),
        ("the women's 800m relay", "the women's 800 meter relay"),
        ("the team's 100m loss", "the team's 100m loss"),  # a sum, not a race
        ("ran 5,000m", "ran 5,000 meters"),
    ],
)
def test_read_measures_inches_frames_micrograms_and_races(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("version 4.12.1 fixes", "version four point twelve point one fixes"),
        ("grew 1.5 percent", "grew one point five percent"),
    ],
)
def test_read_numbers_versions(written: str, spoken: str) -> None:
    assert read_numbers(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("the $4 billion merger", "the 4 billion dollar merger"),
        ("its $9 million business", "its 9 million dollar business"),
        ("beat the $8 million traders forecast", "beat the 8 million dollars traders forecast"),
        ("a $2 million loans program", "a 2 million dollar loans program"),
    ],
)
def test_read_money_attributive_after_the(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("GRAYMOOR BAY, Chile (AP) \u2014 Crews", "GRAYMOOR BAY, Chile (eh P) \u2014 Crews"),
        ("ELDSTOCK \u2014 The council", "ELDSTOCK \u2014 The council"),
        ("PORT QUILL -- The vote", "PORT QUILL -- The vote"),
        ("US, Japan sign deal", "U S, Japan sign deal"),  # too short for a dateline
        ("FBI AGENTS, police said", "F B I AGENTS, police said"),  # a known initialism
        ("cited in LEE, J. (2011)", "cited in LEE, J. (2011)"),  # a surname before an initial
    ],
)
def test_read_acronyms_leaves_a_dateline_to_be_said(written: str, spoken: str) -> None:
    assert said(read_acronyms(written)) == spoken


def test_read_web_addresses_says_hashtag_once() -> None:
    assert read_web_addresses("with the hashtag #SaveTheDunes") == "with the hashtag SaveTheDunes"


def test_read_symbols_a_plus_sign_before_a_number() -> None:
    assert read_symbols("(+4.2%) and 3 + 4") == "(plus 4.2%) and 3 plus 4"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("earned a B+ overall", "earned a B plus overall"),
        ("in C++ code", "in C++ code"),
    ],
)
def test_read_symbols_grades(written: str, spoken: str) -> None:
    assert read_symbols(written) == spoken


def test_read_measures_battery_capacity() -> None:
    assert read_measures("a 5,000mAh cell") == "a 5,000 milliamp hour cell"


def test_read_digit_strings_a_six_digit_group() -> None:
    assert read_digit_strings("on +44 1632 960806") == (
        "on plus four four, one six three two, nine six oh eight oh six"
    )


def test_read_measures_watt_hours() -> None:
    assert read_measures("a 99Wh pack") == "a 99 watt hour pack"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("12.7 cm (5 in)", "12.7 centimeters (5 inches)"),
        ("after 2.1 in of snow", "after 2.1 inches of snow"),
        ("a 9 in. plate", "a 9 inch plate"),
        ("a 4-in. hose", "a 4 inch hose"),
        ("1 in 5 adults", "1 in 5 adults"),
    ],
)
def test_read_measures_inches_after_a_space(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ring 01632 960231 today", "ring oh one six three two, nine six oh two three one today"),
        ("on 020 7946 0311.", "on oh two oh, seven nine four six, oh three one one."),
        ("in 007 films", "in oh oh seven films"),
    ],
)
def test_read_digit_strings_national_numbers(written: str, spoken: str) -> None:
    assert read_digit_strings(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("began at 6 a.m. Crews arrived", "began at six eh m. Crews arrived"),
        ("due at 9 a.m. Friday", "due at nine eh m Friday"),
        ("at 4 p.m. Pacific time", "at four p m Pacific time"),
        ("at 7 a.m. sharp", "at seven eh m sharp"),
    ],
)
def test_read_times_a_stop_that_ends_a_sentence_inside_a_segment(written: str, spoken: str) -> None:
    assert said(read_times(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("about 1150 euros a month", "about one thousand one hundred fifty euros a month"),
        ("1500 Canadian dollars", "one thousand five hundred Canadian dollars"),
        ("the 1998 Canadian Open", "the nineteen ninety-eight Canadian Open"),
    ],
)
def test_read_years_leaves_a_sum_of_money(written: str, spoken: str) -> None:
    assert read_numbers(read_years(written)) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a 1:12 ratio", "a 1 to 12 ratio"),
        ("diluted 1:40 in water", "diluted 1 to 40 in water"),
        ("left at 1:12 sharp", "left at one twelve sharp"),
    ],
)
def test_read_times_leaves_a_ratio(written: str, spoken: str) -> None:
    assert read_times(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ref. KLM/204/17 is", "ref. K L M slash two oh four slash one seven is"),
        ("the UN/10 report", "the UN/10 report"),  # one number: no reference
    ],
)
def test_read_digit_strings_references_between_slashes(written: str, spoken: str) -> None:
    assert read_digit_strings(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a dose of 4 mg/kg", "a dose of 4 milligrams per kilogram"),
        ("glucose of 5.6 mmol/L", "glucose of 5.6 millimoles per liter"),
        ("a reading of 135/85 mmHg", "a reading of 135 over 85 millimeters of mercury"),
        ("rose 0.3pp", "rose 0.3 percentage points"),
    ],
)
def test_read_measures_health_and_economics(written: str, spoken: str) -> None:
    assert read_measures(written) == spoken
