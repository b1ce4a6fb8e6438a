"""Frame text: segments that record the interview's circumstances get no suggestions."""

import pytest

from qda.assist.frame import is_frame


@pytest.mark.parametrize("text, frame", [
    ("I: Wie oft laden Sie Ihre Kunden ein?", True),
    ("Das Interview fand am 12.03.2024 im Jobcenter statt.", True),
    ("Gesprochen wurde im Team am 12.03.2024.", True),  # "am" after "Team", then the date
    ("AM 1.2.24 lag das Einverständnis nicht vor, die Kontaktdichte aber schon.", True),
    ("Das Team 12.03.2024 hat die Kontaktdichte erhöht.", False),  # "am " inside "Team": not a date of the interview
    ("Gemeinsam 12.03.2024 festgelegt: monatliche Gespräche.", False),
    ("İm Büro war es am 12.03.2024 laut.", True),  # İ lower-cases to two characters
    ("Die Kontaktdichte liegt bei einem Gespräch im Monat.", False),
    ("Das Gespräch dauerte 45 Minuten. Die Kontaktdichte liegt bei einem Gespräch im Monat.", False),
    ("Vielen Dank für das Gespräch. Wie geht es weiter?", True),
    ("", False),
])
def test_frame_sentences(text, frame):
    assert is_frame(text) is frame
