"""The library face of a project, for notebooks and scripts: ``qda.open_project("study")`` and then
methods that read and write it, sqlite-utils style.

Each method opens its own connection (a write is one transaction, retried on a deadlock), takes
the filters every command takes (``site=``, ``level=``, ``role=``, ``wave=``; spelled as a person
types them, see :mod:`qda.filters`) and returns small dataclasses or a pandas DataFrame. An
unknown filter or value is a :class:`~qda.errors.QdaError` naming the valid ones.

    >>> import qda
    >>> p = qda.open_project("study")
    >>> [d.document for d in p.documents(site="bochum", level="operativ")]
    >>> p.add_coding("BO-OP-IFK-W1", 3, "contact_density/frequency", coder="anna")
    >>> p.matrix(value="docs")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from qda.errors import QdaError

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy import Connection, Engine

    from qda.codebook import Codebook, CodeRow
    from qda.coding.queue import QueueFilter
    from qda.coding.session import CodingSession
    from qda.exchange.refi_export import ExportReport
    from qda.exchange.refi_import import RefiImportReport
    from qda.findings.table import OverviewTable
    from qda.ingest.importer import ImportReport

FILTERS = ("site", "level", "role", "wave")
MATRIX_FILES = ("xlsx", "png")  # matrix formats written to a file only
OVERVIEWS = ("finding", "interviews")  # overview tables besides the theme matrix
CODEBOOK_FORMATS = ("qdc", "md", "docx")
STALE_SHARE = 0.1  # retrain hint once a tenth more codings and decisions exist than the model learned from


@dataclass(frozen=True)
class Document:
    document: str
    site: str | None
    level: str | None
    role: str | None
    wave: int | None
    date: str | None
    interviewer: str | None
    version: int
    segments: int
    words: int
    format: str | None
    attributes: dict[str, Any]
    source_path: str | None


@dataclass(frozen=True)
class Segment:
    document: str
    segment: int
    site: str | None
    level: str | None
    role: str | None
    wave: int | None
    question: str | None
    speaker: str | None
    lines: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Coding:
    document: str
    segment: int
    code: str
    coder: str
    start: int
    end: int
    origin: str
    text: str
    key_quote: bool
    memo: str | None
    suggester: str | None
    score: float | None
    created_at: dt.datetime | None


def assistance() -> Any:
    """The suggester and the disagreement finder for a coding session (``qda.coding.assistance``):
    the one place that hands the layers above the coding layer down to it."""
    from qda.agreement import disagreement_segment_ids
    from qda.assist.api import record_decision, suggest_segments, uncertainty_order
    from qda.coding.assistance import Assistance

    return Assistance(suggest_segments=suggest_segments, record_decision=record_decision,
                      uncertainty_order=uncertainty_order, disagreement_segment_ids=disagreement_segment_ids)


def file_code_rows(codebook: str | Path) -> list[Any]:
    """The codes of a codebook YAML file as the suggesters take them, no project needed."""
    from qda.assist.labelled import flatten
    from qda.codebook import load_codebook_file

    return flatten(load_codebook_file(Path(codebook)).codes)


def evaluate_labelled(data: str | Path, codes: Sequence[Any], curve: bool = True, **options: Any) -> tuple[Any, Any]:
    """Cold (codebook rules, no training) and warm (k-fold) figures of the suggesters on a labelled
    JSONL file (``{"text", "label"}`` per line); options as :meth:`Project.evaluate`."""
    from qda.assist.api import evaluate_file

    return evaluate_file(Path(data), codes, curve=_curve_sizes(curve), **options)


def _curve_sizes(curve: bool) -> tuple[int, ...]:
    from qda.assist.evaluate import CURVE_SIZES

    return tuple(CURVE_SIZES) if curve else ()


def check_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` if every key is a known filter; otherwise one error naming the valid ones."""
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise QdaError(f"unknown filter {', '.join(repr(k) for k in unknown)} (filters: {', '.join(FILTERS)})")
    return {key: value for key, value in filters.items() if value is not None}


def _while_open(conn: Any, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """``rows`` read through ``conn``, which is closed when they are done (or given up)."""
    with conn:
        yield from rows


def _site_and_level(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters agreement takes: site and level only."""
    chosen = check_filters(filters)
    unsupported = sorted(set(chosen) - {"site", "level"})
    if unsupported:
        raise QdaError(f"agreement filters by site and level only, not {', '.join(unsupported)}")
    return chosen


def _matrix_codes(value: str, codes: str | int | list[str] | None) -> str | int | list[str] | None:
    """The columns of a matrix: presence of the sub-codes unless told otherwise, since every
    protocol touches every top-level theme."""
    return 2 if value == "presence" and codes is None else codes


def _rows(kind: type, rows: list[dict[str, Any]]) -> list:
    names = [field.name for field in fields(kind)]
    return [kind(**{name: row.get(name) for name in names}) for row in rows]


class ProjectFace:
    """Methods of :class:`qda.project.Project` that a notebook user calls; see the module doc."""

    if TYPE_CHECKING:  # provided by Project
        root: Path
        config: dict[str, Any]

        @property
        def engine(self) -> Engine: ...

        def coder(self, explicit: str | None = None) -> str: ...

    def import_files(self, paths: Iterable[str | Path], anonymize: bool = False, key: str | Path | None = None,
                     model: str | None = None, **options: Any) -> ImportReport:
        """Import protocol files and folders (one transaction); ``options`` as for
        :func:`qda.ingest.import_paths` (``defaults=``, ``sidecar=``, ``max_bytes=``, ...). With
        ``anonymize`` names, places and numbers are pseudonymised before they are stored and the
        originals go only to the ``key`` file; ``model`` is a spaCy pipeline for names."""
        from qda.ingest import import_paths

        files = [Path(path) for path in paths]
        if not anonymize:
            if key or model:
                raise QdaError("--key and --model go with --anonymize")
            return import_paths(self.engine, files, **options)
        from qda.anonymize.importing import import_anonymized

        return import_anonymized(self, files, key=Path(key) if key else None, model=model, **options)

    def anonymize_lists(self) -> dict[str, list[str]]:
        """The project's ``anonymize: {allow, deny}`` lists from qda.yaml (checked)."""
        from qda.anonymize.importing import project_lists

        return project_lists(self)

    def import_refi(self, path: str | Path, allow_partial: bool = False, variables: Iterable[str] = (),
                    anonymize: bool = False, key: str | Path | None = None,
                    model: str | None = None) -> RefiImportReport:
        """Import a REFI-QDA project (.qdpx) with its codes and codings, all or nothing unless
        ``allow_partial``; ``variables`` map its variables to metadata (``NAME=FIELD``);
        ``anonymize``, ``key`` and ``model`` as for :meth:`import_files`."""
        from qda.exchange.refi_import import import_refi
        from qda.exchange.variables import parse_field_map

        path = Path(path)
        if path.suffix.lower() != ".qdpx" or not path.is_file():
            raise QdaError("expected an existing .qdpx file", path)
        field_map = parse_field_map(list(variables))
        if not anonymize:
            if key or model:
                raise QdaError("--key and --model go with --anonymize")
            return import_refi(self.engine, path, allow_partial=allow_partial, field_map=field_map)
        from qda.anonymize.importing import import_refi_anonymized

        return import_refi_anonymized(self, path, key=Path(key) if key else None, model=model,
                                      allow_partial=allow_partial, field_map=field_map)

    def export_refi(self, out: str | Path) -> ExportReport:
        """Write the project as REFI-QDA (.qdpx) for MAXQDA, NVivo, ATLAS.ti or QualCoder; the file
        appears only once it is complete and valid against the REFI-QDA schema."""
        from qda.exchange.refi_export import export_refi

        out = Path(out)
        if out.suffix.lower() != ".qdpx":
            raise QdaError("a REFI-QDA project file ends in .qdpx", out)
        with self.engine.connect() as conn:
            return export_refi(conn, out, self.root.name)

    def export_codebook(self, fmt: str = "md", out: str | Path | None = None, lang: str = "de") -> tuple[str, int]:
        """The codebook as REFI .qdc, or as a printable coding guide (Kodierleitfaden) in Markdown
        or Word: the Markdown text (empty once written to ``out``) and the number of codes."""
        from qda.codebook.store import codebook_info, load_codes
        from qda.exchange.codebook_export import codebook_qdc, guide_docx, guide_markdown
        from qda.files import atomic_write

        if lang not in ("de", "en"):
            raise QdaError(f"unknown language '{lang}' (use de or en)")
        if fmt not in CODEBOOK_FORMATS:
            raise QdaError(f"a codebook is exported as {', '.join(CODEBOOK_FORMATS)}, not '{fmt}'")
        if fmt != "md" and out is None:
            raise QdaError(f"--format {fmt} needs --out FILE")
        with self.engine.connect() as conn:
            rows = load_codes(conn)
            name = codebook_info(conn).get("name") or self.root.name
        if not rows:
            raise QdaError("no codebook loaded: run 'qda codebook load FILE'")
        if out is None:
            return guide_markdown(name, rows, lang), len(rows)
        if fmt == "docx":
            atomic_write(Path(out), b"", lambda target: guide_docx(name, rows, target, lang))
        else:
            atomic_write(Path(out), codebook_qdc(rows) if fmt == "qdc" else guide_markdown(name, rows, lang))
        return "", len(rows)

    def coding_table(self, coder: str | None = None, code: str | None = None, **filters: Any) -> pd.DataFrame:
        """One row per coding with document metadata, code label, theme and quoted text, of ``code``
        (and its children) and ``coder`` if given."""
        from qda.exchange.tidy import coding_table

        with self.engine.connect() as conn:
            return coding_table(conn, coder=coder, code=code, with_children=bool(code), **check_filters(filters))

    def segment_table(self, **filters: Any) -> pd.DataFrame:
        """One row per segment with its metadata, text and the codes (and coders) it got."""
        from qda.exchange.tidy import segment_table

        with self.engine.connect() as conn:
            return segment_table(conn, **check_filters(filters))

    def findings_table(self, lang: str = "de", site: str | None = None) -> pd.DataFrame:
        """One row per finding: site, feature, wave, level, value id and label, note, evidence, who, when."""
        from qda.findings.tidy import findings_table

        with self.engine.connect() as conn:
            return findings_table(conn, lang, site)

    def sites_table(self) -> pd.DataFrame:
        """One row per site with its attributes (Regionaldirektion, Typ, ...) and number of protocols."""
        from qda.findings.tidy import sites_table

        with self.engine.connect() as conn:
            return sites_table(conn)

    def load_codebook(self, source: str | Path | Codebook) -> dict[str, Any]:
        """Load or update the codebook from a YAML file (or one already read); codes dropped from it
        keep their codings. Returns the paths added, updated and deactivated, and the codings kept."""
        from qda.codebook import Codebook, load_codebook_file, sync_codebook

        codebook = source if isinstance(source, Codebook) else load_codebook_file(Path(source))
        with self.engine.begin() as conn:
            return sync_codebook(conn, codebook)

    def codes(self, include_inactive: bool = False) -> list[dict[str, Any]]:
        """The codes in codebook order: path, labels, colour, number of codings, active, definition,
        anchor examples, coding rules, keywords; ``include_inactive``: also codes dropped from it."""
        from qda.codebook.store import code_rows

        with self.engine.connect() as conn:
            return code_rows(conn, include_inactive=include_inactive)

    def codebook_name(self) -> str | None:
        """The name of the loaded codebook (None before one is loaded)."""
        from qda.codebook.store import codebook_info

        with self.engine.connect() as conn:
            return codebook_info(conn).get("name")

    def check_codebook(self) -> tuple[list[str], int]:
        """What keeps the project's codebook from being coded with (codes without definition, anchor
        examples or coding rules; dropped codes holding codings), and its number of codes."""
        from qda.codebook.store import codebook_problems

        with self.engine.connect() as conn:
            return codebook_problems(conn)

    def features(self) -> list[dict[str, Any]]:
        """The features findings are recorded for: id, kind, code, labels and allowed values."""
        from qda.codebook.store import feature_rows

        with self.engine.connect() as conn:
            return feature_rows(conn)

    def rename_code(self, code: str, new_path: str) -> str:
        """Give a code a new id or place in the tree (its codings, memos and children go with it);
        returns the new path."""
        from qda.codebook import rename_code

        with self.engine.begin() as conn:
            return rename_code(conn, code, new_path).path

    def merge_codes(self, source: str, target: str) -> int:
        """Merge the code ``source`` into ``target``: its codings move and it is removed; returns
        how many codings moved."""
        from qda.codebook import merge_codes

        with self.engine.begin() as conn:
            return merge_codes(conn, source, target)

    def documents(self, **filters: Any) -> list[Document]:
        """The documents with their metadata, by site then id."""
        from qda.corpus import document_rows

        with self.engine.connect() as conn:
            rows = document_rows(conn, **check_filters(filters))
        return _rows(Document, [{**row, "document": row["doc_key"]} for row in rows])

    def document(self, document: str) -> Document:
        """One document, by its id (``BO-OP-IFK-W1``), with its metadata."""
        from qda.corpus import document_rows

        with self.engine.connect() as conn:
            rows = document_rows(conn, document)
        if not rows:
            raise QdaError(f"unknown document '{document}'")
        return _rows(Document, [{**rows[0], "document": rows[0]["doc_key"]}])[0]

    def segments(self, document: str | None = None, **filters: Any) -> list[Segment]:
        """Segments in document order, of one document or of the filtered documents."""
        from qda.coding.api import resolve_document
        from qda.corpus import segment_rows

        with self.engine.connect() as conn:
            document_id = resolve_document(conn, document).id if document else None
            return _rows(Segment, segment_rows(conn, document_id, **check_filters(filters)))

    def add_coding(self, document: str, segment: int | str, code: str, coder: str | None = None,
                   span: tuple[int, int] | None = None, memo: str | None = None,
                   key_quote: bool = False) -> tuple[int, bool]:
        """Code a segment (or the span ``start, end`` inside it) as ``coder``; retried on a deadlock.
        Returns the coding's id and whether it is new (coding the same again changes nothing)."""
        from qda.coding.api import add_coding
        from qda.store.db import run_write

        who = self.coder(coder)
        return run_write(self.engine, lambda conn: add_coding(conn, document, segment, code, who, span=span, memo=memo,
                                                              key_quote=key_quote))

    def remove_coding(self, document: str, segment: int | str, code: str, coder: str | None = None,
                      span: tuple[int, int] | None = None) -> int:
        """Remove the coder's codings of ``code`` on a segment (only that of ``span`` if given); how many."""
        from qda.coding.api import remove_coding
        from qda.store.db import run_write

        who = self.coder(coder)
        return run_write(self.engine, lambda conn: remove_coding(conn, document, segment, code, who, span))

    def mark_done(self, document: str, coder: str | None = None) -> int:
        """The coder has read the whole document: its segments without the coder's codes become
        negatives for the suggesters. Returns how many segments were newly marked as seen."""
        from qda.coding.seen import mark_document_done
        from qda.store.db import run_write

        who = self.coder(coder)
        return run_write(self.engine, lambda conn: mark_document_done(conn, document, who))

    def import_codings(self, path: str | Path, coder: str | None = None) -> Any:
        """Codings from CSV or JSON (document, segment, code[, coder, start, end, memo, ...]), all or
        nothing; rows without a coder get ``coder``. Returns the counts (rows, imported, duplicates)."""
        from qda.coding.io import import_codings

        with self.engine.begin() as conn:
            return import_codings(conn, Path(path), coder=self.coder(coder))

    def export_codings(self, out: TextIO, fmt: str = "csv", coder: str | None = None, code: str | None = None,
                       document: str | None = None, **filters: Any) -> int:
        """Write codings with every field to ``out`` (csv or json), one at a time, so that importing
        them elsewhere restores them exactly; returns how many."""
        from qda.coding.io import iter_export_rows, write_codings

        with self.engine.connect() as conn:
            rows = iter_export_rows(conn, coder=coder, code=code, with_children=True, document=document,
                                    **check_filters(filters))
            return write_codings(rows, fmt, out)

    def pins(self, coder: str | None = None) -> list[dict[str, Any]]:
        """What each number key of the workbench applies for the coder (digit, code, label, source)."""
        from qda.codebook.store import load_codes
        from qda.coding.pins import load_pins, pin_table

        with self.engine.connect() as conn:
            return pin_table(load_codes(conn), load_pins(conn, self.coder(coder)))

    def pin(self, digit: int | str, code: str, coder: str | None = None) -> str:
        """Pin ``code`` to a number key for the coder's later sessions; returns its path."""
        from qda.coding.pins import pin_code
        from qda.store.db import run_write

        who = self.coder(coder)
        return run_write(self.engine, lambda conn: pin_code(conn, who, digit, code)).path

    def unpin(self, digit: int | str, coder: str | None = None) -> bool:
        """Free a number key (it applies the N-th code again); False if nothing was pinned to it."""
        from qda.coding.pins import unpin
        from qda.store.db import run_write

        who = self.coder(coder)
        return run_write(self.engine, lambda conn: unpin(conn, who, digit))

    def add_memo(self, text: str, document: str | None = None, segment: int | str | None = None,
                 code: str | None = None, coder: str | None = None) -> int:
        """A memo on a segment (``document`` and ``segment``), a document, a code or, with none of
        them, the project; returns its id."""
        from qda.coding.memos import add_memo, memo_target

        with self.engine.begin() as conn:
            return add_memo(conn, memo_target(conn, document, segment, code), self.coder(coder), text)

    def memos(self, kind: str | None = None, document: str | None = None, code: str | None = None,
              coder: str | None = None, contains: str | None = None) -> list[dict[str, Any]]:
        """Memos, oldest first: on ``kind`` of target, a document and its segments, a code, by a
        coder, containing all of the words in ``contains``."""
        from qda.coding.memos import list_memos

        with self.engine.connect() as conn:
            return list_memos(conn, kind=kind, document=document, code=code, coder=coder, contains=contains)

    def memo(self, memo_id: int) -> dict[str, Any]:
        """One memo with its target."""
        from qda.coding.memos import get_memo

        with self.engine.connect() as conn:
            return get_memo(conn, memo_id)

    def delete_memo(self, memo_id: int) -> None:
        from qda.coding.memos import delete_memo

        with self.engine.begin() as conn:
            delete_memo(conn, memo_id)

    def coding_session(self, coder: str | None = None, wanted: QueueFilter | None = None, blind: bool = True,
                       advance: bool = False) -> CodingSession:
        """A workbench session on the coder's queue of segments (``wanted``: which queue and
        documents), with the suggesters and the disagreement finder at hand; ``blind`` hides
        other coders' codings."""
        from qda.coding.session import CodingSession

        return CodingSession.open(self, self.coder(coder), wanted, blind=blind, advance=advance,
                                  assistance=assistance())

    def codings(self, coder: str | None = None, code: str | None = None, with_children: bool = True,
                document: str | None = None, **filters: Any) -> list[Coding]:
        """Codings in document order, of ``code`` (and its children), ``coder`` and ``document`` if given."""
        from qda.coding.api import list_codings

        with self.engine.connect() as conn:
            rows = list_codings(conn, coder=coder, code=code, with_children=with_children and code is not None,
                                document=document, **check_filters(filters))
        return _rows(Coding, rows)

    def retrieve(self, code: str, and_codes: Iterable[str] = (), not_codes: Iterable[str] = (),
                 with_children: bool = False, coder: str | None = None, lang: str = "de",
                 **filters: Any) -> pd.DataFrame:
        """Passages coded ``code`` (also coded each of ``and_codes``, none of ``not_codes``) with
        citation, coders and memos; :func:`qda.analysis.retrieve.passages_markdown` quotes them."""
        from qda.analysis import retrieve
        from qda.analysis.citation import check_language

        check_language(lang)
        with self.engine.connect() as conn:
            return retrieve(conn, code, and_codes, not_codes, with_children, coder, lang, **check_filters(filters))

    def cooccurrence(self, codes: str | int | list[str] | None = None, coder: str | None = None,
                     **filters: Any) -> pd.DataFrame:
        """Code × code: the segments that carry both codes (sub-codes included); ``codes`` as for
        :meth:`matrix`."""
        from qda.analysis import cooccurrence

        with self.engine.connect() as conn:
            return cooccurrence(conn, codes, coder, **check_filters(filters))

    def matrix(self, rows: str = "site", value: str = "count", codes: str | int | list[str] | None = None,
               coder: str | None = None, **filters: Any) -> pd.DataFrame:
        """The rows × themes table (``codes``: a level, 1 = themes, or code paths) as a DataFrame;
        ``value`` is count, docs, share, presence (of the sub-codes, level 2, unless ``codes`` says
        otherwise) or summary."""
        from qda.analysis.matrix import theme_matrix

        with self.engine.connect() as conn:
            return theme_matrix(conn, rows, _matrix_codes(value, codes), value, coder, **check_filters(filters))

    def matrix_output(self, fmt: str, out: str | Path | None = None, rows: str = "site", value: str = "count",
                      codes: str | int | list[str] | None = None, coder: str | None = None, lang: str = "de",
                      highlight: str | None = None, **filters: Any) -> str | Path:
        """The matrix as csv, md, html or json text (written to ``out`` if given), or written to
        ``out`` as xlsx (every value kind, one sheet each, ``value`` first) or png (a heatmap with
        the row ``highlight`` framed). Files appear whole or not at all."""
        from qda.analysis import VALUES, theme_matrices
        from qda.analysis.citation import check_language
        from qda.analysis.export import MATRIX_TEXT_FORMATS, matrix_text, write_matrix
        from qda.files import atomic_write

        check_language(lang)
        if fmt not in (*MATRIX_TEXT_FORMATS, *MATRIX_FILES):
            raise QdaError(f"a matrix is written as {', '.join((*MATRIX_TEXT_FORMATS, *MATRIX_FILES))}, not '{fmt}'")
        if fmt in MATRIX_FILES and out is None:
            raise QdaError(f"--format {fmt} needs --out FILE")
        values = [value]
        if fmt == "xlsx":  # every value kind (a summary only per site), the one asked for first
            values = sorted((v for v in VALUES if v != "summary" or rows == "site"), key=lambda v: v != value)
        else:
            codes = _matrix_codes(value, codes)
        with self.engine.connect() as conn:
            matrices = theme_matrices(conn, rows, codes, values, coder, **check_filters(filters))
        if out is None:
            return matrix_text(matrices[value], fmt, lang)
        if fmt == "png":
            from qda.report.heatmap import heatmap_png

            atomic_write(Path(out), heatmap_png(matrices[value], lang, highlight=highlight))
        else:
            write_matrix(matrices, values[0], fmt, Path(out), lang)
        return Path(out)

    def overview(self, value: str = "finding", by: list[str] | None = None, features: list[str] | None = None,
                 theme: str | None = None, expand: bool = False, group_by: str | None = None, lang: str = "de",
                 site: str | None = None, level: str | None = None, wave: int | None = None) -> OverviewTable:
        """An overview table: ``finding``, the recorded feature values per site (``features`` in
        order, or those of ``theme``; ``expand``: one column per listed value), or ``interviews``,
        the protocols per site and ``by`` (level, role, wave); rows grouped by the site attribute
        ``group_by``."""
        from qda.analysis.citation import check_language
        from qda.findings.table import finding_table, interviews_table

        check_language(lang)
        if value not in OVERVIEWS:
            raise QdaError(f"unknown overview '{value}' (overviews: {', '.join(OVERVIEWS)})")
        with self.engine.connect() as conn:
            if value == "finding":
                return finding_table(conn, features, theme, expand, group_by, wave, level, lang,
                                     sites=[site] if site else None)
            return interviews_table(conn, by or ["level", "wave"], group_by, lang,
                                    **check_filters({"site": site, "level": level, "wave": wave}))

    def overview_output(self, fmt: str, out: str | Path | None = None, value: str = "finding",
                        **options: Any) -> str | Path:
        """The overview table (:meth:`overview`, ``options`` as there) as csv, json, md or html
        text, or written to ``out`` in one of those or as xlsx or docx (whole or not at all)."""
        from qda.findings.render import BINARY, TABLE_FORMATS, text_output, write_table

        formats = [name for name in TABLE_FORMATS if name != "table"]
        if fmt not in formats:
            raise QdaError(f"--value {value} has no picture: use table, csv, json, xlsx, md, html or docx"
                           if fmt == "png" else f"an overview is written as {', '.join(formats)}, not '{fmt}'")
        if fmt in BINARY and out is None:
            raise QdaError(f"--format {fmt} needs --out FILE")
        table = self.overview(value, **options)
        if out is None:
            return text_output(table, fmt)
        write_table(table, fmt, Path(out))
        return Path(out)

    def suggest(self, document: str | None = None, code: str | None = None, min_score: float | None = None,
                coder: str | None = None, **filters: Any) -> pd.DataFrame:
        """Suggested codes per segment with score, evidence and suggester (nothing is coded)."""
        import pandas as pd

        return pd.DataFrame(list(self.iter_suggestions(document, code, min_score, coder, **filters)))

    def iter_suggestions(self, document: str | None = None, code: str | None = None,
                         min_score: float | None = None, coder: str | None = None, uncoded: bool = False,
                         model: str | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """:meth:`suggest` as a stream of rows, scored and handed out batch by batch, so that a
        corpus of any size is written to a file with flat memory. ``uncoded`` keeps segments
        without codings (by ``coder``, or anyone); ``model`` names a spaCy pipeline for lemmas."""
        from qda.assist.api import iter_suggestions

        where = {"doc_key": document, **check_filters(filters)}
        return iter_suggestions(self, where, code, min_score, coder, uncoded, model, None)

    def suggestion_rows(self, document: str | None = None, code: str | None = None,
                        min_score: float | None = None, coder: str | None = None, uncoded: bool = False,
                        model: str | None = None, **filters: Any) -> Iterator[tuple]:
        """:meth:`iter_suggestions` as tuples in the order of ``qda.assist.defaults.SUGGESTION_COLUMNS``:
        the cheaper stream for writing the suggestions of a large corpus to a file."""
        from qda.assist.api import suggestion_rows

        where = {"doc_key": document, **check_filters(filters)}
        return suggestion_rows(self, where, code, min_score, coder, uncoded, model, None)

    def suggestion_csv(self, document: str | None = None, code: str | None = None,
                       min_score: float | None = None, coder: str | None = None, uncoded: bool = False,
                       model: str | None = None, **filters: Any) -> Iterator[str]:
        """:meth:`suggestion_rows` as CSV text in pieces, the header first (what ``qda suggest
        --format csv`` writes; texts a spreadsheet would run as formulas neutralised): write the
        pieces to a file as they come."""
        from qda.assist.api import suggestion_csv

        where = {"doc_key": document, **check_filters(filters)}
        return suggestion_csv(self, where, code, min_score, coder, uncoded, model, None)

    def accept_suggestions(self, rows: Iterable[dict[str, Any]], coder: str | None = None) -> int:
        """Store suggestion rows (as :meth:`iter_suggestions` gives them) as codings of ``coder``
        with origin 'suggested', the suggester and its score; how many were new."""
        from qda.assist.api import accept_suggestions

        return accept_suggestions(self, rows, self.coder(coder))

    def train(self, coder: str | None = None, **options: Any) -> dict[str, Any]:
        """Train a new version of the learned suggester and its calibration on the coder's codings
        and decisions (``seed``, ``regularisation``, ``base_model``); its version and figures."""
        from qda.assist.api import train

        return train(self, self.coder(coder), **options)

    def evaluate(self, coder: str | None = None, curve: bool = True, **options: Any) -> Any:
        """Cross-validated figures of the suggesters against the coder's codings (``folds``,
        ``seed``, ``regularisation``, ``base_model``; ``curve``: with the learning curve)."""
        from qda.assist.api import evaluate

        return evaluate(self, self.coder(coder), curve=_curve_sizes(curve), **options)

    def models(self) -> list[dict[str, Any]]:
        """The trained versions of the learned suggester, newest first, with the coder's decisions
        since each (``new_decisions``)."""
        from qda.assist.api import list_models

        return list_models(self)

    def retrain_hint(self) -> str | None:
        """A reminder to retrain once the coder of the newest model has coded or decided a tenth
        more than it learned from; None while it is fresh (or none is trained)."""
        models = self.models()
        if not models or models[0]["new_decisions"] <= STALE_SHARE * max(models[0]["decisions"], 1):
            return None
        return (f"{models[0]['new_decisions']} decisions since model v{models[0]['version']}: "
                "run 'qda assist train' to learn from them")

    def code_rows(self) -> list[CodeRow]:
        """The active codes as stored (:class:`qda.codebook.CodeRow`), in codebook order."""
        from qda.codebook.store import load_codes

        with self.engine.connect() as conn:
            return load_codes(conn)

    def agreement(self, coders: list[str] | str, by: str = "code", unit: str = "segment", themes: bool = False,
                  code: str | None = None, **filters: Any) -> pd.DataFrame:
        """Percent agreement, Cohen's κ, Brennan–Prediger κ and Krippendorff's α per code (or site, level)."""
        import pandas as pd

        return pd.DataFrame(self.agreement_rows(coders, by, unit, themes, code, **filters))

    def agreement_rows(self, coders: list[str] | str, by: str = "code", unit: str = "segment", themes: bool = False,
                       code: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """:meth:`agreement` as rows (an undefined κ or α is None); ``coders`` a list or ``A,B``."""
        from qda.agreement import agreement_rows, parse_coders

        with self.engine.connect() as conn:
            return agreement_rows(conn, parse_coders(coders), unit=unit, code=code, by=by, themes=themes,
                                  **_site_and_level(filters))

    def disagreements(self, coders: list[str] | str, unit: str = "segment", themes: bool = False,
                      code: str | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """The units where some coders coded a code and others did not, with the text, read one
        document at a time as they are asked for (a study's list need not fit in memory); wrong
        arguments raise at once."""
        from qda.agreement import disagreement_rows, parse_coders

        conn = self.engine.connect()
        try:
            rows = disagreement_rows(conn, parse_coders(coders), unit=unit, code=code, themes=themes,
                                     **_site_and_level(filters))
        except BaseException:
            conn.close()
            raise
        return _while_open(conn, rows)

    def consensus(self, coders: list[str] | str, name: str, decisions: str | Path | None = None,
                  prefer: str | None = None) -> Any:
        """Store a consensus coding as coder ``name``: the units the coders agree on plus the
        ``decisions`` file (document, segment, code, decision) and, where nothing decides, the
        version of ``prefer``; returns what was stored and the units left undecided."""
        from qda.agreement import build_consensus, parse_coders, read_decisions

        names = parse_coders(coders)
        with self.engine.begin() as conn:
            chosen = read_decisions(conn, Path(decisions), names) if decisions else None
            return build_consensus(conn, names, name, decisions=chosen, prefer=prefer)

    def report(self, site: str, fmt: str = "md", out: Path | str | None = None, lang: str = "de",
               template: Path | None = None, coder: str | None = None) -> str | Path:
        """A site's case report: its Markdown or HTML text, or written to ``out`` (needed for docx);
        ``template`` is a folder of user templates, ``coder`` counts only that coder's codings."""
        from qda.report.build import prepared_report, site_heatmap, write_report
        from qda.report.data import ReportCorpus
        from qda.report.render import render_text

        if fmt == "docx" and out is None:
            raise QdaError("a Word report needs --out FILE (out=PATH in Python)")
        with self.engine.connect() as conn:
            corpus = ReportCorpus.load(conn, coder=coder)
            heatmap = site_heatmap(conn, corpus, lang) if fmt != "md" else None
            report = prepared_report(conn, corpus, site, lang, heatmap)
        if out is None:
            return render_text(report, fmt, template)
        write_report(report, fmt, Path(out), template)
        return Path(out)

    def report_all(self, out: str | Path, formats: Iterable[str] = ("md", "html", "docx"), lang: str = "de",
                   template: Path | None = None, coder: str | None = None) -> list[Path]:
        """Every site's report in ``formats`` plus the matrices (xlsx, csv, md) and the heatmap into
        the folder ``out``; returns the files written."""
        from qda.analysis.citation import check_language
        from qda.report.build import write_all

        check_language(lang)
        with self.engine.connect() as conn:
            return write_all(conn, Path(out), list(formats), lang, template, coder)

    def approve(self, site: str, by: str, force: bool = False, reason: str | None = None) -> dict[str, Any]:
        """Sign off a site's report as the data stands now; refused while a coded theme has no
        summary, a machine draft is not accepted or a review comment is open, unless ``force``
        with a ``reason``. Returns the approval with the open points it was given despite."""
        from qda.report.approvals import approve

        with self.engine.begin() as conn:
            return approve(conn, site, by, force=force, reason=reason)

    def report_states(self) -> list[dict[str, Any]]:
        """Every site's review state (draft, in_review, approved) and whether data changed since."""
        from qda.report.review import report_states

        with self.engine.connect() as conn:
            return report_states(conn)

    def add_comment(self, site: str, text: str, theme: str | None = None, author: str | None = None) -> int:
        """A review comment on a site's report, on one theme or the whole report; returns its number."""
        from qda.report.review import add_comment

        with self.engine.begin() as conn:
            return add_comment(conn, site, text, self.coder(author), theme)

    def comments(self, site: str | None = None, open_only: bool = False) -> list[dict[str, Any]]:
        """Review comments, oldest first per site, each with its state (open or resolved)."""
        from dataclasses import asdict

        from qda.report.review import list_comments

        with self.engine.connect() as conn:
            found = list_comments(conn, site, open_only)
        return [{**asdict(comment), "state": "open" if comment.open else "resolved"} for comment in found]

    def resolve_comment(self, comment_id: int, by: str | None = None) -> None:
        from qda.report.review import resolve_comment

        with self.engine.begin() as conn:
            resolve_comment(conn, comment_id, self.coder(by))

    def import_comments(self, path: str | Path, site: str, author: str | None = None) -> list[int]:
        """The Word comments left in a generated report of ``site``, stored as review comments on the
        theme whose section they sit in; returns their numbers."""
        from qda.report.review import import_docx_comments

        path = Path(path)
        if not path.is_file():
            raise QdaError("no such file", path)
        with self.engine.begin() as conn:
            return import_docx_comments(conn, path, site, author)

    def summary(self, site: str, theme: str | None) -> dict[str, Any] | None:
        """The summary of a theme (None: the overall conclusion) for a site, or None if not written."""
        from qda.report.summaries import get_summary

        with self.engine.connect() as conn:
            return get_summary(conn, site, theme)

    def set_summary(self, site: str, theme: str | None, text: str, author: str | None = None) -> None:
        """Write the summary of a theme (None: the overall conclusion), replacing an earlier one."""
        from qda.report.summaries import set_summary

        with self.engine.begin() as conn:
            set_summary(conn, site, theme, text, self.coder(author))

    def draft_summaries(self, site: str, theme: str | None = None, lang: str = "de") -> list[tuple[str, str]]:
        """Machine drafts from the coded passages for one theme or (None) every theme without a
        written summary; returns (theme, what happened) pairs."""
        from qda.report.drafts import draft_summaries

        with self.engine.begin() as conn:
            return draft_summaries(conn, site, theme, lang=lang)

    def accept_draft(self, site: str, theme: str | None, by: str | None = None) -> None:
        """Take a machine draft as it stands as the written summary."""
        from qda.report.summaries import accept_draft

        with self.engine.begin() as conn:
            accept_draft(conn, site, theme, self.coder(by))

    def summaries(self, site: str | None = None) -> list[dict[str, Any]]:
        """All summaries (or one site's) in codebook order."""
        from qda.report.summaries import list_summaries

        with self.engine.connect() as conn:
            return list_summaries(conn, site)

    def findings(self, site: str | None = None, feature: str | None = None, wave: int | None = None,
                 level: str | None = None) -> list[Any]:
        """Recorded findings (:class:`qda.findings.Finding`), by site, feature, wave and level."""
        from qda.findings import list_findings

        with self.engine.connect() as conn:
            return list_findings(conn, site=site, feature=feature, wave=wave, level=level)

    def finding_records(self, site: str | None = None, feature: str | None = None, wave: int | None = None,
                        level: str | None = None) -> list[dict[str, Any]]:
        """:meth:`findings` as flat rows, each value with its label from the codebook."""
        from qda.findings import list_findings

        with self.engine.connect() as conn:
            return _finding_records(conn, list_findings(conn, site, feature, wave, level))

    def set_finding(self, site: str, feature: str, value: Any, by: str | None = None, wave: int | None = None,
                    level: str | None = None, evidence: Iterable[str] = (),
                    note: str | None = None) -> tuple[dict[str, Any], str]:
        """Record a feature value for a site (evidence as ``DOC:SEG`` or ``DOC:quoted words``); a
        changed value keeps the old one in the history. Returns the finding as a flat row and what
        happened (added, changed, evidence updated, unchanged)."""
        from qda.findings import set_finding

        with self.engine.begin() as conn:
            finding, what = set_finding(conn, site, feature, value, by=self.coder(by), wave=wave, level=level,
                                        evidence=evidence, note=note)
            return _finding_records(conn, [finding])[0], what

    def finding(self, finding_id: int) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
        """One finding as a flat row, its earlier values (oldest first) and its evidence passages."""
        from qda.findings import finding_history, get_finding
        from qda.findings.store import evidence_passages

        with self.engine.connect() as conn:
            found = get_finding(conn, finding_id)
            return (_finding_records(conn, [found])[0], finding_history(conn, finding_id),
                    evidence_passages(conn, found))

    def remove_finding(self, finding_id: int, by: str | None = None) -> dict[str, Any]:
        """Remove a finding (it stays in the history); returns it as a flat row."""
        from qda.findings import remove_finding

        with self.engine.begin() as conn:
            return _finding_records(conn, [remove_finding(conn, finding_id, self.coder(by))])[0]

    def import_findings(self, path: str | Path, by: str | None = None, strict: bool = True,
                        warn: Callable[[str], None] | None = None) -> dict[str, int]:
        """Record the findings and site attributes of a CSV or YAML file, all or nothing (``strict``
        False: a finding whose quotes match no passage is kept, marked unsupported)."""
        from qda.findings.io import import_findings

        with self.engine.begin() as conn:
            return import_findings(conn, Path(path), self.coder(by), strict=strict, warn=warn)

    def set_site(self, site: str, values: dict[str, str]) -> None:
        """Set attributes of a site (Regionaldirektion, Typ, start date); an empty value removes one."""
        from qda.findings.sites import set_site_attributes

        with self.engine.begin() as conn:
            set_site_attributes(conn, site, values)

    def sites(self) -> tuple[list[str], list[dict[str, Any]]]:
        """The site attribute names, and every site with its attributes and number of protocols."""
        from qda.findings.sites import list_site_attributes

        with self.engine.connect() as conn:
            return list_site_attributes(conn)


def _finding_records(conn: Connection, found: Iterable[Any]) -> list[dict[str, Any]]:
    """Findings as flat rows, each value labelled by its feature in the codebook."""
    from qda.codebook.store import load_features

    features = {feature.id: feature for feature in load_features(conn)}
    return [finding.record(features.get(finding.feature)) for finding in found]
