"""A code removed by another user between lookup and insert gives a clear error, not a traceback."""

import pytest
from sqlalchemy import func, select

from qda.coding.api import resolve_segment, store_coding
from qda.errors import QdaError
from qda.store.schema import codings


def test_storing_against_a_vanished_code_is_a_user_error(loaded_project):
    with loaded_project.engine.begin() as conn:
        segment = resolve_segment(conn, "KR-OP-IFK-W1", 1)
        with pytest.raises(QdaError, match="removed by another user meanwhile; nothing stored"):
            store_coding(conn, segment, code_id=99_999, coder="anna")
        assert conn.execute(select(func.count()).select_from(codings)).scalar() == 0
