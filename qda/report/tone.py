"""A rough tone of a passage (+1 positive, -1 problem, 0 neither) from German and English cue words.

The study triangulates strategic claims against clients' accounts; the case report puts the
levels side by side where their passages lean in opposite directions. This is a pointer for the
reader, not a measurement: the cue lists are short and negation is counted as a problem cue.
"""

from __future__ import annotations

import re

PROBLEM_CUES = (
    r"nicht", r"kein\w*", r"kaum", r"selten\w*", r"nie", r"problem\w*", r"schwierig\w*", r"fehl\w*",
    r"mangel\w*", r"konflikt\w*", r"hakt", r"verfehl\w*", r"\w*ausf[aä]ll\w*", r"verz[oö]ger\w*",
    r"überlast\w*", r"unzufrieden\w*", r"standardtext\w*", r"lediglich", r"zu wenig",
    r"not", r"no", r"never", r"rarely", r"problems?", r"difficult\w*", r"lack\w*", r"conflicts?", r"fail\w*",
)
POSITIVE_CUES = (
    r"gut\w*", r"reibungslos\w*", r"eingehalten", r"regelmäßig\w*", r"zufrieden\w*", r"funktionier\w*",
    r"geling\w*", r"erfolgreich\w*", r"gemeinsam\w*", r"verbesser\w*", r"hilfreich\w*", r"eingespielt\w*",
    r"monatlich\w*", r"individuell\w*", r"intensiv\w*",
    r"good", r"well", r"smooth\w*", r"regular\w*", r"satisfied", r"works?", r"successful\w*", r"helpful",
    r"improv\w*",
)


def _pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(cues) + r")(?!\w)", re.IGNORECASE)


_PROBLEM = _pattern(PROBLEM_CUES)
_POSITIVE = _pattern(POSITIVE_CUES)


def tone(text: str) -> int:
    score = len(_POSITIVE.findall(text)) - len(_PROBLEM.findall(text))
    return (score > 0) - (score < 0)


def diverges(level_tones: list[float]) -> bool:
    """True when one level leans positive and another leans towards problems."""
    return any(t > 0 for t in level_tones) and any(t < 0 for t in level_tones)
