"""Tables of a qda project.

SQLAlchemy Core rather than the ORM: imports write tens of thousands of segments at once and
the analysis layer reads into pandas, both of which want plain rows.
Offsets are Unicode code points into ``documents.text``; ``char_end`` is exclusive.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", String(200), nullable=False, unique=True),
    Column("source_path", Text),
    Column("source_format", String(10)),
    Column("sha256", String(64), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("site", String(100)),
    Column("level", String(20)),
    Column("role", String(50)),
    Column("wave", Integer),
    Column("date", String(10)),
    Column("interviewer", String(100)),
    Column("attributes", JSON, nullable=False, default=dict),
    Column("text", Text, nullable=False),
    Column("word_count", Integer, nullable=False, default=0),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("first_line", Integer),  # line of the source file where the stored text starts (after front matter)
)
Index("ix_documents_site", documents.c.site)

document_versions = Table(
    "document_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("replaced_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("document_id", "version"),
)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("line_start", Integer, nullable=False),
    Column("line_end", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("speaker", String(50)),
    Column("question", String(30)),
    Column("text", Text, nullable=False),
    Column("text_hash", String(40), nullable=False),
    Column("paragraph", Integer),  # ordinal of its paragraph in the stored text (cited as "Abs." for Word files)
    UniqueConstraint("document_id", "number"),
)

codes = Table(
    "codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", String(500), nullable=False, unique=True),
    Column("code_key", String(100), nullable=False),
    Column("parent_id", Integer, ForeignKey("codes.id", ondelete="SET NULL")),
    Column("label", Text, nullable=False),
    Column("label_en", Text),
    Column("definition", Text),
    Column("anchor_examples", JSON, nullable=False, default=list),
    Column("coding_rules", Text),
    Column("keywords", JSON, nullable=False, default=list),
    Column("exclude", JSON, nullable=False, default=list),
    Column("questions", JSON, nullable=False, default=list),
    Column("color", String(7)),
    Column("position", Integer, nullable=False, default=0),
    Column("active", Boolean, nullable=False, default=True),
)

codings = Table(
    "codings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE"), nullable=False),
    Column("code_id", Integer, ForeignKey("codes.id"), nullable=False),
    Column("coder", String(100), nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("memo", Text),
    Column("origin", String(20), nullable=False, default="manual"),
    Column("suggester", String(100)),
    Column("score", Float),
    Column("key_quote", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("segment_id", "code_id", "coder", "char_start", "char_end", name="uq_coding"),
)
Index("ix_codings_code", codings.c.code_id)
Index("ix_codings_coder", codings.c.coder)

code_pins = Table(
    "code_pins",
    metadata,
    Column("coder", String(100), primary_key=True),
    Column("digit", Integer, primary_key=True),  # 1-9: the number key in the workbench
    Column("code_id", Integer, ForeignKey("codes.id", ondelete="CASCADE"), nullable=False),
)

orphaned_codings = Table(
    "orphaned_codings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", String(200), nullable=False),
    Column("from_version", Integer, nullable=False),
    Column("code_path", String(500), nullable=False),
    Column("coder", String(100), nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("memo", Text),
    Column("origin", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("orphaned_at", DateTime(timezone=True), nullable=False),
)

memos = Table(
    "memos",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("target_kind", String(20), nullable=False),  # document | segment | code | project
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE")),
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE")),
    Column("code_id", Integer, ForeignKey("codes.id", ondelete="CASCADE")),
    Column("coder", String(100), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

suggestion_decisions = Table(
    "suggestion_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE"), nullable=False),
    Column("code_id", Integer, ForeignKey("codes.id"), nullable=False),
    Column("coder", String(100), nullable=False),
    Column("decision", String(10), nullable=False),  # accepted | rejected
    Column("suggester", String(100), nullable=False),
    Column("score", Float),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("segment_id", "code_id", "coder", name="uq_suggestion_decision"),
)

seen_segments = Table(
    "seen_segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE"), nullable=False),
    Column("coder", String(100), nullable=False),
    Column("how", String(10), nullable=False),  # passed | done
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("segment_id", "coder", name="uq_seen_segment"),
)
Index("ix_seen_segments_coder", seen_segments.c.coder)

assist_models = Table(
    "assist_models",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("params", JSON, nullable=False, default=dict),
    Column("metrics", JSON, nullable=False, default=dict),
    Column("blob", LargeBinary, nullable=False),
    UniqueConstraint("name", "version"),
)

summaries = Table(
    "summaries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(100), nullable=False),
    Column("code_id", Integer, ForeignKey("codes.id")),  # none: the site's overall conclusion
    Column("text", Text, nullable=False),
    Column("author", String(100), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("origin", String(20), nullable=False, server_default="person"),  # person | machine (a draft)
    UniqueConstraint("site", "code_id"),
)

approvals = Table(
    "approvals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(100), nullable=False),
    Column("approved_by", String(100), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("approved_at", DateTime(timezone=True), nullable=False),
    Column("reason", Text),  # why it was approved despite open points (--force)
    Column("snapshot", Text),  # JSON of the approved codings and summaries, to list later changes
)

review_comments = Table(
    "review_comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(100), nullable=False, index=True),
    Column("code_id", Integer, ForeignKey("codes.id")),  # none: about the whole report
    Column("text", Text, nullable=False),
    Column("author", String(100), nullable=False),
    Column("source", String(20), nullable=False),  # cli | docx
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_by", String(100)),
    Column("resolved_at", DateTime(timezone=True)),
)

pseudonyms = Table(
    "pseudonyms",
    metadata,
    Column("digest", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("number", Integer, nullable=False),
    UniqueConstraint("kind", "number"),
)

site_attributes = Table(
    "site_attributes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(100), nullable=False),
    Column("key", String(100), nullable=False),
    Column("value", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("site", "key", name="uq_site_attribute"),
)

# A finding: the value of a codebook feature for a site, overall or as one level sees it, for all
# waves or one. ``value`` is JSON (a value id, a list of ids for multi, text); ``evidence`` is a
# list of "DOC:SEG" references checked when set. Changes and removals go to finding_history.
findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(100), nullable=False),
    Column("feature_key", String(100), nullable=False),
    Column("wave", Integer),
    Column("level", String(20)),
    Column("value", JSON, nullable=False),
    Column("note", Text),
    Column("evidence", JSON, nullable=False, default=list),
    Column("set_by", String(100), nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
)
Index("ix_findings_site_feature", findings.c.site, findings.c.feature_key)

finding_history = Table(
    "finding_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("finding_id", Integer, nullable=False),
    Column("site", String(100), nullable=False),
    Column("feature_key", String(100), nullable=False),
    Column("wave", Integer),
    Column("level", String(20)),
    Column("value", JSON, nullable=False),
    Column("note", Text),
    Column("evidence", JSON, nullable=False, default=list),
    Column("set_by", String(100), nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
    Column("replaced_by", String(100), nullable=False),
    Column("replaced_at", DateTime(timezone=True), nullable=False),
    Column("action", String(10), nullable=False),  # changed | removed
)

# Further keys of a pseudonym ("Anna Meier" besides "meier"): one pseudonym, one row above.
pseudonym_aliases = Table(
    "pseudonym_aliases",
    metadata,
    Column("digest", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("number", Integer, nullable=False),
    ForeignKeyConstraint(["kind", "number"], ["pseudonyms.kind", "pseudonyms.number"], ondelete="CASCADE"),
)
