"""Assisted tagging for the CLI, the workbench and batch jobs.

Suggestions are computed, shown and written to files, never stored as codings: only
:func:`record_decision` (one key in the workbench, or ``qda suggest --accept-above``) turns a
suggestion into a coding, with origin ``suggested``, and it keeps rejections too, which the next
``qda assist train`` learns from as negatives.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy
from sqlalchemy import Connection, delete, func, insert, select

from qda.assist.data import labeled_segments
from qda.assist.defaults import REGULARISATION, SUGGESTION_COLUMNS
from qda.assist.engine import Engine, Scored, SegmentText, Suggestion, run
from qda.assist.evaluate import CURVE_SIZES, Corpus, Evaluation, cold, cross_validate
from qda.assist.labelled import read_labelled, theme_terms
from qda.assist.model import fit_model, untrained_model
from qda.assist.nlp import base_pipeline, model_name
from qda.assist.rules import CodeTerms, RuleSet
from qda.assist.store import latest_model, load_model, model_rows, save_model
from qda.codebook.store import load_codes, resolve_code
from qda.coding.api import store_coding
from qda.errors import QdaError
from qda.filters import filtered
from qda.parallel import worker_count
from qda.store.schema import codes, codings, documents, segments, suggestion_decisions
from qda.tabular import csv_cells, csv_text

__all__ = [
    "Suggestion", "suggest_segments", "suggest_all", "record_decision", "accept_suggestions", "uncertainty_order",
    "train", "evaluate", "evaluate_file", "list_models",
]
PARALLEL_FROM = 2_000  # segments; below this forking costs more than it saves
_ENGINES: dict[tuple, Engine] = {}


def engine(project, base_model: str | None = None, version: int | None = None) -> Engine:
    """The engine for the project's codebook and its latest (or given) model, cached per process."""
    with project.engine.connect() as conn:
        code_rows = load_codes(conn)
        if not code_rows:
            raise QdaError("no codebook loaded: run 'qda codebook load FILE'")
        row = latest_model(conn, version)
        terms = [CodeTerms(c.path, tuple(c.keywords), tuple(c.exclude), tuple(c.questions)) for c in code_rows]
        base = _base_for(row, base_model)
        key = (project.database_url, row.id if row else None, base, _fingerprint(terms))
        if key not in _ENGINES:
            model = load_model(row) if row else untrained_model()
            nlp = base_pipeline(None if base == model_name(None) else base)
            _ENGINES.clear()
            _ENGINES[key] = Engine(nlp, RuleSet(terms, nlp), model)
    return _ENGINES[key]


def _base_for(row, explicit: str | None) -> str:
    trained_on = row.params.get("base") if row else None
    if explicit and trained_on and model_name(explicit) != trained_on:
        raise QdaError(f"model v{row.version} was trained with spaCy pipeline '{trained_on}', not '{explicit}': "
                       f"run 'qda assist train --model {explicit}'")
    return model_name(explicit or trained_on)


def _fingerprint(terms: list[CodeTerms]) -> str:
    return hashlib.sha1(json.dumps([list(map(str, (t.path, t.keywords, t.exclude, t.questions))) for t in terms])
                        .encode()).hexdigest()


def suggest_segments(project, segment_ids: list[int], min_score: float | None = None) -> dict[int, list[Suggestion]]:
    """Suggestions per segment id (best first) at or above ``min_score`` (default: the threshold)."""
    scoring = engine(project)
    with project.engine.connect() as conn:
        texts = _segment_texts(conn, segment_ids)
    return {scored.segment_id: scored.suggestions for scored in scoring.score(texts, min_score)}


def uncertainty_order(project, segment_ids: list[int]) -> list[int]:
    """``segment_ids`` with those the suggesters are least sure about first (active learning):
    a decision there teaches the learned suggester most."""
    scoring = engine(project)
    with project.engine.connect() as conn:
        texts = _segment_texts(conn, segment_ids)
    scored: list[Scored] = list(run(scoring, texts, 1.01, _processes(len(texts))))
    position = {segment_id: i for i, segment_id in enumerate(segment_ids)}
    scored.sort(key=lambda s: (-s.uncertainty, position[s.segment_id]))
    return [s.segment_id for s in scored]


def _segment_texts(conn: Connection, segment_ids: Sequence[int]) -> list[SegmentText]:
    found: dict[int, SegmentText] = {}
    for start in range(0, len(segment_ids), 500):
        chunk = list(segment_ids[start:start + 500])
        query = select(segments.c.id, segments.c.text, segments.c.question).where(segments.c.id.in_(chunk))
        found.update((row.id, SegmentText(row.id, row.text, row.question)) for row in conn.execute(query))
    return [found[i] for i in segment_ids if i in found]


def suggest_all(
    project, document: str | None = None, site: str | None = None, level: str | None = None,
    role: str | None = None, wave: int | None = None, code: str | None = None, min_score: float | None = None,
    coder: str | None = None, uncoded_only: bool = False, base_model: str | None = None,
    processes: int | None = None,
) -> list[dict[str, Any]]:
    """One row per (segment, suggested code) for the filtered segments: what ``qda suggest`` prints.

    With ``coder``, codes that coder already applied or decided on are left out; ``uncoded_only``
    keeps segments without any coding (by ``coder``, or by anyone).
    """
    return list(iter_suggestions(project, dict(doc_key=document, site=site, level=level, role=role, wave=wave),
                                 code, min_score, coder, uncoded_only, base_model, processes))


def iter_suggestions(project, filters, code, min_score, coder, uncoded_only, base_model, processes) -> Iterator[dict]:
    """:func:`suggest_all` as a stream, for writing large corpora to a file."""
    rows = suggestion_rows(project, filters, code, min_score, coder, uncoded_only, base_model, processes)
    return (dict(zip(SUGGESTION_COLUMNS, row)) for row in rows)


def suggestion_rows(project, filters, code, min_score, coder, uncoded_only, base_model, processes) -> Iterator[tuple]:
    """:func:`iter_suggestions` as tuples in :data:`SUGGESTION_COLUMNS` order, made in the worker
    processes that score (a tuple of plain values crosses back faster than a named tuple, and no
    dict is built per row)."""
    return _suggestions(project, filters, code, min_score, coder, uncoded_only, base_model, processes,
                        lambda rows: rows, tuple)


def suggestion_csv(project, filters, code, min_score, coder, uncoded_only, base_model, processes) -> Iterator[str]:
    """:func:`suggestion_rows` as CSV text in pieces, the header first, each piece a batch's rows
    rendered in the worker that scored it (cells as :func:`qda.tabular.csv_cells` makes them, safe
    for a spreadsheet; a segment's own once for all its rows): the cheapest way to a corpus's file.
    Nothing is yielded before the first rows are made, so an error before them leaves no partial
    file."""
    pieces = _suggestions(project, filters, code, min_score, coder, uncoded_only, base_model, processes,
                          lambda rows: [text] if (text := csv_text(rows, made=True)) else [], csv_cells)
    yield csv_text([SUGGESTION_COLUMNS]) + next(pieces, "")
    yield from pieces


def _suggestions(project, filters, code, min_score, coder, uncoded_only, base_model, processes,
                 shape: Callable[[Iterator[tuple]], Iterable[Any]],
                 cells: Callable[[tuple], Sequence[Any]]) -> Iterator[Any]:
    """What ``shape`` makes of each batch's suggestion rows, in the worker that scored the batch;
    ``cells`` makes the values of a row's segment and of each suggestion what the rows hold."""
    scoring = engine(project, base_model)
    with project.engine.connect() as conn:
        prefix = resolve_code(conn, code).path if code else None
        query = _segment_query(conn, dict(filters), coder, uncoded_only)
        count = conn.execute(select(func.count()).select_from(query.subquery())).scalar()
        decided = _decided(conn, coder)

        def rows(batch: list[SegmentText], scored: list[Scored]) -> Iterator[tuple]:
            for segment, result in zip(batch, scored):
                where = cells(segment.where)
                for suggestion in result.suggestions:
                    if prefix and not (suggestion.code == prefix or suggestion.code.startswith(prefix + "/")):
                        continue
                    if (segment.id, suggestion.code) in decided:
                        continue
                    yield (*where, *cells(suggestion))

        yield from run(scoring, _stream(conn, query), min_score, processes or _processes(count),
                       lambda batch, scored: shape(rows(batch, scored)))


def _segment_query(conn: Connection, filters: dict, coder: str | None, uncoded_only: bool):
    query = (select(segments.c.id, segments.c.number, segments.c.text, segments.c.question, documents.c.doc_key,
                    documents.c.site, documents.c.level)
             .join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    document = filters.pop("doc_key", None)
    if document is not None:
        query = query.where(documents.c.doc_key == document)
    query = filtered(conn, query, **filters)
    if uncoded_only:
        coded = select(codings.c.segment_id)
        query = query.where(segments.c.id.not_in(coded.where(codings.c.coder == coder) if coder else coded))
    return query


def _stream(conn: Connection, query) -> Iterator[SegmentText]:
    """Segment texts for the engine, with the fields their suggestion rows start with."""
    for segment_id, number, text, question, doc_key, site, level in \
            conn.execution_options(yield_per=1000).execute(query):
        yield SegmentText(segment_id, text, question, (doc_key, number, segment_id, site, level, question))


def _decided(conn: Connection, coder: str | None) -> set[tuple[int, str]]:
    """(segment, code) pairs the coder has coded or decided on already."""
    if not coder:
        return set()
    coded = (select(codings.c.segment_id, codes.c.path).join(codes, codes.c.id == codings.c.code_id)
             .where(codings.c.coder == coder))
    decided = (select(suggestion_decisions.c.segment_id, codes.c.path)
               .join(codes, codes.c.id == suggestion_decisions.c.code_id).where(suggestion_decisions.c.coder == coder))
    return {(row[0], row[1]) for query in (coded, decided) for row in conn.execute(query)}


def _processes(segment_count: int) -> int:
    return worker_count(segment_count, PARALLEL_FROM)


def record_decision(
    conn: Connection, segment_id: int, code: str, coder: str, accepted: bool, suggester: str, score: float | None,
) -> int | None:
    """Keep a coder's verdict on a suggestion; on accept also store the coding (origin
    ``suggested``). Returns the coding id when one was stored or already existed."""
    segment = conn.execute(select(segments).where(segments.c.id == segment_id)).first()
    if segment is None:
        raise QdaError(f"unknown segment id {segment_id}")
    code_row = resolve_code(conn, code, include_inactive=False)
    conn.execute(delete(suggestion_decisions).where(
        suggestion_decisions.c.segment_id == segment_id, suggestion_decisions.c.code_id == code_row.id,
        suggestion_decisions.c.coder == coder))
    conn.execute(insert(suggestion_decisions).values(
        segment_id=segment_id, code_id=code_row.id, coder=coder, decision="accepted" if accepted else "rejected",
        suggester=suggester, score=score, decided_at=dt.datetime.now(dt.timezone.utc)))
    if not accepted:
        return None
    return store_coding(conn, segment, code_row.id, coder, origin="suggested", suggester=suggester, score=score)[0]


def accept_suggestions(project, rows: Iterable[dict[str, Any]], coder: str) -> int:
    """Accept suggestion rows (from :func:`suggest_all`) in one transaction; return how many."""
    accepted = 0
    with project.engine.begin() as conn:
        for row in rows:
            record_decision(conn, row["segment_id"], row["code"], coder, True, row["suggester"], row["score"])
            accepted += 1
    return accepted


def train(project, coder: str, seed: int = 0, regularisation: float = REGULARISATION,
          base_model: str | None = None) -> dict[str, Any]:
    """Train a new model version on the coder's codings and decisions and store it."""
    items, docs, rules, code_paths = training_data(project, coder, base_model)
    if not any(value for item in items for value in item.labels.values()):
        raise QdaError(f"coder '{coder}' has no codings to learn from: code some segments first")
    model = fit_model(items, docs, rules, code_paths, seed, regularisation)
    with project.engine.begin() as conn:
        params = {"coder": coder, "seed": seed, "regularisation": regularisation, "base": model_name(base_model),
                  "segments": len(items), "documents": len({item.document for item in items}),
                  "decisions": decision_count(conn, coder)}
        version = save_model(conn, model, params)
    _ENGINES.clear()
    return {"version": version, **params, "metrics": model.metrics, "thresholds":
            {kind: cal.threshold for kind, cal in model.calibrators.items()}}


def evaluate(project, coder: str, folds: int = 5, seed: int = 0, regularisation: float = REGULARISATION,
             base_model: str | None = None, curve: Sequence[int] = CURVE_SIZES) -> Evaluation:
    """Cross-validated figures of rules, learned, combined and the baseline against ``coder``, with
    κ against every coder who has seen the tested segments."""
    return cross_validate(project_corpus(project, coder, base_model), folds, seed, regularisation, curve)


def project_corpus(project, coder: str, base_model: str | None = None) -> Corpus:
    """The coder's labelled segments as an evaluation corpus, other coders' labels alongside."""
    items, docs, rules, code_paths = training_data(project, coder, base_model)
    with project.engine.connect() as conn:
        coders = sorted(set(conn.execute(select(codings.c.coder).distinct()).scalars()) | {coder})
        humans = {}
        for other in coders:
            labels = {item.segment_id: item.labels for item in labeled_segments(conn, other, code_paths)
                      if item.complete}
            humans[other] = numpy.asarray([[labels.get(item.segment_id, {}).get(code, -1) for code in code_paths]
                                           for item in items]).reshape(len(items), len(code_paths))
    return Corpus(items, docs, rules, code_paths, humans)


def evaluate_file(path: Path, code_rows: Sequence, folds: int = 5, seed: int = 0,
                  regularisation: float = REGULARISATION, base_model: str | None = None,
                  curve: Sequence[int] = CURVE_SIZES) -> tuple[Evaluation, Evaluation]:
    """Cold (the codebook's rules) and warm (k-fold training) figures on a labelled JSONL file."""
    items = read_labelled(path)
    labels = sorted(items[0].labels)
    nlp = base_pipeline(base_model)
    rules = RuleSet(theme_terms(code_rows, labels), nlp)
    docs = Engine(nlp, rules, untrained_model()).parse([SegmentText(i.segment_id, i.text, i.question) for i in items])
    truth = numpy.asarray([[item.labels[label] for label in labels] for item in items])
    corpus = Corpus(items, docs, rules, labels, {"label": truth})
    return cold(corpus), cross_validate(corpus, folds, seed, regularisation, curve)


def training_data(project, coder: str, base_model: str | None = None):
    """The coder's labelled segments, their parsed docs, the codebook rules and the code paths."""
    with project.engine.connect() as conn:
        code_rows = load_codes(conn)
        if not code_rows:
            raise QdaError("no codebook loaded: run 'qda codebook load FILE'")
        code_paths = [c.path for c in code_rows]
        items = labeled_segments(conn, coder, code_paths)
    nlp = base_pipeline(base_model)
    rules = RuleSet([CodeTerms(c.path, tuple(c.keywords), tuple(c.exclude), tuple(c.questions))
                     for c in code_rows], nlp)
    docs = Engine(nlp, rules, untrained_model()).parse([SegmentText(i.segment_id, i.text, i.question) for i in items])
    return items, docs, rules, code_paths


def decision_count(conn: Connection, coder: str) -> int:
    """How much the coder has taught so far: codings plus suggestion decisions."""
    return sum(conn.execute(select(func.count()).select_from(table).where(table.c.coder == coder)).scalar_one()
               for table in (codings, suggestion_decisions))


def list_models(project, coder: str | None = None) -> list[dict[str, Any]]:
    """Stored model versions with their parameters, out-of-fold scores and the coder's decisions
    since (a retraining cue)."""
    with project.engine.connect() as conn:
        rows = [row for row in model_rows(conn) if coder is None or row["coder"] == coder]
        for row in rows:
            row["new_decisions"] = decision_count(conn, row["coder"]) - row["decisions"]
    return rows
