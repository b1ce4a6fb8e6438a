"""spaCy's blank German tokenizer and lookup lemmas, without spaCy in the process.

Suggesting with the default pipeline needs of spaCy only its German tokenizer rules, its stop
words and the lemma table of spacy-lookups-data; importing spaCy (0.6–0.9 s) and reading the
table into a dict (0.3 s) cost more than scoring 150 protocols. The first use on a machine reads
them from the installed packages once and keeps them in qda's cache folder (:func:`cache_dir`):
the rules as JSON, the lemmas as an SQLite table, both named by the packages' versions, so an
upgrade reads them again. :class:`GermanTokenizer` is a port of spaCy's tokenizer algorithm
(``spacy/tokenizer.pyx``: whitespace, affixes, special cases, infixes, the special-case
matcher) over those rules; ``tests/test_assist_german.py`` compares it with spaCy token by token.

The cache holds only the packages' public data, never a protocol's text.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Callable, Sequence

from qda.errors import QdaError

CACHE_ENV = "QDA_CACHE_DIR"
_NEVER = re.compile("a^")  # a pattern that matches nothing, for rules a language leaves out
Piece = tuple[str, int]  # a token's text and its offset in the text tokenized
_RUNS = re.compile(r"\S+|\s+")  # \s is what str.isspace() calls whitespace
LOOKUP_BATCH = 500  # forms per lemma query


def cache_dir() -> Path:
    """``$QDA_CACHE_DIR``, else ``$XDG_CACHE_HOME/qda``, else ``~/.cache/qda``; without a home
    folder a path that cannot be written (everything is then read from the packages each time)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "qda"
    try:
        return Path.home() / ".cache" / "qda"
    except RuntimeError:
        return Path(os.devnull) / "qda"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError as exc:
        raise QdaError(f"{package} is not installed; install qda's dependencies") from exc


def _written(path: Path, write: Callable[[Path], object]) -> bool:
    """Whether ``path`` could be written with ``write(temporary)`` (atomic, so processes that
    start together never read half a file); False when the cache folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(handle)
        try:
            write(Path(name))
            os.replace(name, path)
        finally:
            Path(name).unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _cached_json(path: Path, compute: Callable[[], dict]) -> dict:
    """``compute()``, kept as JSON at ``path`` for the next process; computed again (and the file
    replaced) when it is missing or cannot be read."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(kept, dict):
            return kept
    except (OSError, ValueError):
        pass
    value = compute()
    _written(path, lambda temporary: temporary.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8"))
    return value


def spacy_rules() -> dict:
    """The German tokenizer rules and stop words of the installed spaCy (imports spaCy)."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.lang.de import German

    tokenizer: Any = spacy.blank("de").tokenizer

    def pattern(function) -> str | None:
        return None if function is None else function.__self__.pattern

    return {
        "prefix": pattern(tokenizer.prefix_search), "suffix": pattern(tokenizer.suffix_search),
        "infix": pattern(tokenizer.infix_finditer), "token_match": pattern(tokenizer.token_match),
        "url_match": pattern(tokenizer.url_match), "faster_heuristics": tokenizer.faster_heuristics,
        "specials": {text: [token[ORTH] for token in tokens] for text, tokens in tokenizer.rules.items()},
        "stop_words": sorted(German.Defaults.stop_words),
    }


@lru_cache(maxsize=1)
def german_rules() -> dict:
    """:func:`spacy_rules`, from the cache when an earlier process kept them."""
    return _cached_json(cache_dir() / f"spacy-{_version('spacy')}-de-tokenizer.json", spacy_rules)


def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's German lemma table (form -> lemma) as a dict."""
    try:
        source = resources.files("spacy_lookups_data").joinpath("data", "de_lemma_lookup.json.gz")
        return json.loads(gzip.decompress(source.read_bytes()))
    except (ModuleNotFoundError, FileNotFoundError, ValueError) as exc:
        raise QdaError(f"German lemma tables unavailable ({exc}); install spacy-lookups-data") from exc


@lru_cache(maxsize=4)
def word_logprobs(floor: float) -> dict[str, float]:
    """Log probabilities of the German words commoner than ``floor`` (-12: about 11,000), from the
    head of spacy-lookups-data's frequency table (sorted commonest first), kept in the cache;
    empty when the table is not installed."""
    try:
        path = cache_dir() / f"spacy-lookups-data-{_version('spacy-lookups-data')}-de-logprob{floor:g}.json"
    except QdaError:
        return {}
    return _cached_json(path, lambda: _read_logprobs(floor))


def _read_logprobs(floor: float) -> dict[str, float]:
    table: dict[str, float] = {}
    try:
        source = resources.files("spacy_lookups_data").joinpath("data", "de_lexeme_prob.json.gz")
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            for line in lines:
                key, _, value = line.strip().rstrip(",").rpartition(":")
                if not key.startswith('"'):
                    continue
                logprob = float(value)
                if logprob < floor:
                    break
                table[json.loads(key)] = logprob
    except (ModuleNotFoundError, FileNotFoundError, ValueError):
        return {}
    return table


class Lemmas:
    """Form -> lemma lookups in the cached SQLite copy of :func:`lemma_table` (a dict of the whole
    table where the cache cannot be written). A forked process opens its own connection."""

    def __init__(self) -> None:
        path = cache_dir() / f"spacy-lookups-data-{_version('spacy-lookups-data')}-de-lemmas.sqlite"
        self._connection: tuple[int, sqlite3.Connection] | None = None
        self.path: Path | None = path
        if not self._readable() and not (_written(path, _write_lemmas) and self._readable()):
            self.path = None
        self._table: dict[str, str] | None = None if self.path else lemma_table()

    def _readable(self) -> bool:
        """Whether the cached table is there and answers (a damaged file is written again)."""
        try:
            return self.path is not None and self.path.exists() and \
                self._cursor().execute("SELECT 1 FROM lemmas LIMIT 1").fetchone() is not None
        except sqlite3.Error:
            self._connection = None
            return False

    def get(self, text: str, default: str) -> str:
        return self.found([text]).get(text, default)

    def found(self, texts: Sequence[str]) -> dict[str, str]:
        """The lemma of each of ``texts`` the table holds, looked up :data:`LOOKUP_BATCH` at a time."""
        if self._table is not None:
            return {text: self._table[text] for text in texts if text in self._table}
        lemmas: dict[str, str] = {}
        for first in range(0, len(texts), LOOKUP_BATCH):
            batch = texts[first:first + LOOKUP_BATCH]
            query = f"SELECT form, lemma FROM lemmas WHERE form IN ({','.join('?' * len(batch))})"
            lemmas.update(self._cursor().execute(query, batch).fetchall())
        return lemmas

    def _cursor(self) -> sqlite3.Connection:
        if self._connection is None or self._connection[0] != os.getpid():
            assert self.path is not None
            self._connection = (os.getpid(), sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                                                             check_same_thread=False))
        return self._connection[1]


def _write_lemmas(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        connection.executemany("INSERT INTO lemmas VALUES (?, ?)", lemma_table().items())
    connection.close()


class GermanTokenizer:
    """spaCy's tokenizer algorithm over :func:`german_rules`: the same tokens and offsets as
    ``spacy.blank("de").tokenizer``, as (text, offset) pairs. Whitespace-separated chunks are
    tokenized once and remembered (``chunk_limit`` of them, so memory stays flat)."""

    def __init__(self, rules: dict, chunk_limit: int = 200_000):
        def compiled(name: str) -> re.Pattern:
            return re.compile(rules[name]) if rules.get(name) else _NEVER

        self.prefix, self.suffix = compiled("prefix").search, compiled("suffix").search
        self.infix, self.token_match = compiled("infix").finditer, compiled("token_match").match
        self.url_match = compiled("url_match").match
        self.has_token_match = bool(rules.get("token_match"))
        self.specials: dict[str, tuple[str, ...]] = {text: tuple(orths) for text, orths in rules["specials"].items()}
        self.chunk_limit = chunk_limit
        self.chunks: dict[str, tuple[Piece, ...]] = {}
        self.matcher: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first token -> (tokens, special)
        for text in sorted(self.specials):
            if not rules.get("faster_heuristics", True) or self._affixed(text) or " " in text:
                pattern = tuple(self._tokenize_span(text, specials=False))
                self.matcher.setdefault(pattern[0], []).append((pattern, text))

    def _affixed(self, text: str) -> bool:
        return bool(_length(self.prefix(text)) or list(self.infix(text)) or _length(self.suffix(text)))

    def __call__(self, text: str) -> list[Piece]:
        """(token text, offset) of every token of ``text``, whitespace tokens included."""
        pieces: list[Piece] = []
        for chunk, start in spans(text):
            pieces.extend((token, start + offset) for token, offset in self.chunk(chunk))
        return pieces

    def chunk(self, chunk: str) -> tuple[Piece, ...]:
        """The tokens of one whitespace-free chunk (or one run of whitespace), with offsets in it."""
        known = self.chunks.get(chunk)
        if known is None:
            if len(self.chunks) >= self.chunk_limit:
                self.chunks.clear()
            tokens = self._with_special_matches(self.specials.get(chunk) or self._tokenize_span(chunk, specials=True))
            offsets, at = [], 0
            for token in tokens:
                offsets.append((token, at))
                at += len(token)
            known = self.chunks[chunk] = tuple(offsets)
        return known

    def _tokenize_span(self, span: str, specials: bool) -> list[str]:
        prefixes, rest, suffixes = self._split_affixes(span, specials)
        tokens = list(prefixes)
        if rest:
            if specials and rest in self.specials:
                tokens.extend(self.specials[rest])
            elif (self.has_token_match and self.token_match(rest)) or self.url_match(rest):
                tokens.append(rest)
            else:
                tokens.extend(self._split_infixes(rest))
        tokens.extend(reversed(suffixes))
        return tokens

    def _split_affixes(self, string: str, specials: bool) -> tuple[list[str], str, list[str]]:
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if self.has_token_match and self.token_match(string):
                break
            if specials and string in self.specials:
                break
            last_size = len(string)
            pre_len = _length(self.prefix(string))
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and specials and minus_pre in self.specials:
                    prefixes.append(prefix)
                    string = minus_pre
                    break
            suf_len = _length(self.suffix(string[pre_len:]))
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and specials and minus_suf in self.specials:
                    suffixes.append(suffix)
                    string = minus_suf
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return prefixes, string, suffixes

    def _split_infixes(self, string: str) -> list[str]:
        tokens: list[str] = []
        start = 0
        for match in self.infix(string):
            if match.start() == 0:
                continue
            if match.start() != start:
                tokens.append(string[start:match.start()])
            if match.start() != match.end():
                tokens.append(string[match.start():match.end()])
            start = match.end()
        if string[start:]:
            tokens.append(string[start:])
        return tokens

    def _with_special_matches(self, tokens: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
        """Special cases that affix splitting took apart (spaCy's special-case matcher): the
        longest match first, then the earliest."""
        matches = [(len(pattern), -i, i, special) for i, token in enumerate(tokens) if len(tokens) > 1
                   for pattern, special in self.matcher.get(token, ()) if tuple(tokens[i:i + len(pattern)]) == pattern]
        if not matches:
            return tokens
        seen: set[int] = set()
        kept: dict[int, tuple[int, str]] = {}
        for length, _, i, special in sorted(matches, reverse=True):
            if i not in seen and i + length - 1 not in seen:
                kept[i] = (length, special)
            seen.update(range(i, i + length))
        result: list[str] = []
        i = 0
        while i < len(tokens):
            if i in kept:
                length, special = kept[i]
                result.extend(self.specials[special])
                i += length
            else:
                result.append(tokens[i])
                i += 1
        return result


def _length(match: re.Match | None) -> int:
    return match.end() - match.start() if match else 0


def spans(text: str) -> list[Piece]:
    """The chunks spaCy tokenizes one by one: runs of non-space characters and runs of whitespace,
    a single space after a chunk belonging to it (``"a  b"``: ``a``, ``" "``, ``b``)."""
    found: list[Piece] = []
    after_chunk = False
    for run in _RUNS.finditer(text):
        piece, start = run.group(), run.start()
        if after_chunk and piece[0] == " ":
            piece, start = piece[1:], start + 1
        if piece:
            found.append((piece, start))
        after_chunk = not run.group()[0].isspace()
    return found
