from sqlalchemy import func, select

from qda.store.schema import codes, documents, segments


def test_loaded_project_has_documents_segments_and_codes(loaded_project):
    with loaded_project.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar() == 3
        assert conn.execute(select(func.count()).select_from(segments)).scalar() == 8
        paths = [row.path for row in conn.execute(select(codes.c.path).order_by(codes.c.position))]
    assert paths == ["interfaces", "interfaces/basisteam", "contact_density", "egv"]
