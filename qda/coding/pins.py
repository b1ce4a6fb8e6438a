"""A coder's number keys: codes pinned to digits 1-9, any other digit N the N-th code of the codebook.

The digits never re-rank on their own (by use, by session), so a coder's muscle memory holds:
only pinning or unpinning changes what a digit applies.
"""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import Connection, delete, insert, select

from qda.codebook.store import CodeRow, resolve_code
from qda.errors import QdaError
from qda.store.schema import code_pins

DIGITS = range(1, 10)


def check_digit(digit: int | str) -> int:
    """The digit as an int, or a QdaError naming the valid ones."""
    text = str(digit).strip()
    if not text.isdigit() or int(text) not in DIGITS:
        raise QdaError(f"pin to a digit from 1 to 9, not '{text}'")
    return int(text)


def load_pins(conn: Connection, coder: str) -> dict[int, int]:
    """Digit → code id for the coder's pins."""
    query = select(code_pins.c.digit, code_pins.c.code_id).where(code_pins.c.coder == coder)
    return {row.digit: row.code_id for row in conn.execute(query)}


def pin_code(conn: Connection, coder: str, digit: int | str, ref: str) -> CodeRow:
    """Pin an active code to a digit (moving it off any other digit it had)."""
    digit = check_digit(digit)
    code = resolve_code(conn, ref, include_inactive=False)
    conn.execute(delete(code_pins).where(code_pins.c.coder == coder, (code_pins.c.digit == digit)
                                         | (code_pins.c.code_id == code.id)))
    conn.execute(insert(code_pins).values(coder=coder, digit=digit, code_id=code.id))
    return code


def unpin(conn: Connection, coder: str, digit: int | str) -> bool:
    """Free a digit; False if nothing was pinned to it."""
    digit = check_digit(digit)
    return bool(conn.execute(delete(code_pins).where(code_pins.c.coder == coder, code_pins.c.digit == digit))
                .rowcount)


def quick_codes(codes: Sequence[CodeRow], pins: dict[int, int]) -> dict[int, CodeRow]:
    """Digit → code: a pinned digit applies its code; any other digit N the N-th code in codebook order,
    unless that code is pinned to another digit (then N stays free).

    Pinning thus changes only the digit pinned (and frees the pinned code's own slot); no other
    key moves. A pin to a code that is no longer active frees its digit.
    """
    by_id = {code.id: code for code in codes}
    pinned = {digit: by_id[code_id] for digit, code_id in pins.items() if code_id in by_id}
    taken = {code.id for code in pinned.values()}
    quick = {}
    for digit in DIGITS:
        in_order = codes[digit - 1] if digit <= len(codes) and codes[digit - 1].id not in taken else None
        code = pinned.get(digit, in_order)
        if code is not None:
            quick[digit] = code
    return quick


def pin_table(codes: Sequence[CodeRow], pins: dict[int, int]) -> list[dict[str, object]]:
    """One row per digit for ``qda code pin --list``: what it applies and why."""
    quick = quick_codes(codes, pins)
    rows = []
    for digit in DIGITS:
        code = quick.get(digit)
        source = "free" if code is None else "pinned" if pins.get(digit) == code.id else "codebook order"
        rows.append({"digit": digit, "code": code.path if code else "", "label": code.label if code else "",
                     "source": source})
    return rows
