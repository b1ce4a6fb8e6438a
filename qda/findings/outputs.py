"""The overview tables the main job writes next to the count matrices, when findings exist."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, func, select

from qda.codebook.store import load_features
from qda.files import atomic_write
from qda.findings.render import csv_text, json_text, markdown_text, write_docx, write_xlsx
from qda.findings.sites import site_attribute_map
from qda.findings.table import finding_table, interviews_table
from qda.store.schema import findings

GROUP_ATTRIBUTE = "rd"  # Regionaldirektion: how the study groups its overview tables
SHOWCASE = "employer_contact_model"  # expanded into ✓ columns, as Übersicht 3-3


def write_overview_tables(conn: Connection, out: Path, lang: str = "de") -> list[Path]:
    """``findings.{md,csv,json,xlsx,docx}`` (every feature per site) and ``interviews.csv``; the
    Markdown also holds the expanded employer-contact table and the protocols per site."""
    features = {feature.id: feature for feature in load_features(conn)}
    if not features or not conn.execute(select(func.count()).select_from(findings)).scalar():
        return []
    attributes = site_attribute_map(conn).values()
    group_by = GROUP_ATTRIBUTE if any(GROUP_ATTRIBUTE in values for values in attributes) else None
    overall = finding_table(conn, group_by=group_by, lang=lang)
    tables = [overall]
    if SHOWCASE in features:
        tables.append(finding_table(conn, [SHOWCASE], expand=True, group_by=group_by, lang=lang,
                                    title=features[SHOWCASE].shown(lang)))
    interviews = interviews_table(conn, group_by=group_by, lang=lang)
    tables.append(interviews)
    written = [*(out / f"findings.{suffix}" for suffix in ("md", "csv", "json", "xlsx", "docx")),
               out / "interviews.csv"]
    atomic_write(written[0], "\n\n".join(markdown_text(table) for table in tables))
    atomic_write(written[1], "\ufeff" + csv_text(overall))
    atomic_write(written[2], json_text(overall))
    atomic_write(written[3], b"", lambda target: write_xlsx(overall, target))
    atomic_write(written[4], b"", lambda target: write_docx(overall, target))
    atomic_write(written[5], "\ufeff" + csv_text(interviews))
    return written

