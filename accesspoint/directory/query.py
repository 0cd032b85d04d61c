"""Turn what the volunteer typed into an FTS5 MATCH expression.

- every word is matched as a prefix ("benefit" finds "benefits"), words under
  three letters only when last (still being typed);
- a word found nowhere in the index is corrected to the nearest indexed words
  (Damerau-Levenshtein <= 1, or <= 2 for words of 7+ letters), so "benifits" works;
- everyday phrases expand to their synonym group ("food bank" ~ "food parcel").
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from accesspoint.resources import resource_path
from accesspoint.textnorm import edit_distance, fold

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_CORRECTIONS = 3


@dataclass
class Built:
    match: str | None
    corrections: dict[str, str] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)  # as searched (after corrections)
    # Upper bounds on matching services (all columns, name column), from the index's
    # own document counts: lets search decide how to rank without counting first.
    estimate: int = 0
    estimate_name: int = 0


@cache
def synonym_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    data = json.loads(resource_path("directory", "synonyms.json").read_text(encoding="utf-8"))
    return tuple(tuple(tuple(words(p)) for p in group) for group in data["groups"])


@cache
def _synonym_index() -> tuple[dict[tuple[str, ...], int], frozenset[str], int]:
    index: dict[tuple[str, ...], int] = {}
    vocab: set[str] = set()
    longest = 1
    for i, group in enumerate(synonym_groups()):
        for phrase in group:
            index.setdefault(phrase, i)
            vocab.update(phrase)
            longest = max(longest, len(phrase))
    return index, frozenset(vocab), longest


def words(text: str) -> list[str]:
    # Most text is ASCII: skip the (slow) Unicode decomposition for it.
    return _WORD.findall(text.lower() if text.isascii() else fold(text))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class QueryBuilder:
    """Holds the index vocabulary (for typo correction) for one directory generation."""

    def __init__(self, conn: sqlite3.Connection, generation: int):
        self.conn = conn
        self.generation = generation
        rows = conn.execute("SELECT term, doc FROM dir_fts_vocab ORDER BY term").fetchall()
        self.terms = [r[0] for r in rows]
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.dir_fts_vocab_col"
                     " USING fts5vocab(main, dir_fts, col)")
        in_names = dict(conn.execute("SELECT term, doc FROM temp.dir_fts_vocab_col"
                                     " WHERE col = 'name'").fetchall())
        self._cum = list(itertools.accumulate((r[1] for r in rows), initial=0))
        self._cum_name = list(itertools.accumulate((in_names.get(t, 0) for t in self.terms),
                                                   initial=0))
        self._buckets: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for term in self.terms:
            if len(term) >= 3 and term.isalpha():
                self._buckets.setdefault(term[0], []).append((term, frozenset(term)))

    def estimate(self, token: str, prefix: bool) -> tuple[int, int]:
        """Documents containing the word (or any word it begins), all columns and names."""
        i = bisect.bisect_left(self.terms, token)
        if prefix:
            j = bisect.bisect_left(self.terms, token + "\U0010ffff", i)
        else:
            j = i + 1 if i < len(self.terms) and self.terms[i] == token else i
        return self._cum[j] - self._cum[i], self._cum_name[j] - self._cum_name[i]

    def has_prefix(self, token: str) -> bool:
        i = bisect.bisect_left(self.terms, token)
        return i < len(self.terms) and self.terms[i].startswith(token)

    def has_term(self, token: str) -> bool:
        i = bisect.bisect_left(self.terms, token)
        return i < len(self.terms) and self.terms[i] == token

    def corrections(self, token: str, *, prefix: bool = False) -> list[str]:
        """Indexed words (or, while typing, word beginnings) within a small edit distance,
        nearest first. "benifits" -> "benefits"; typing "benif" -> the prefix "benef"."""
        if len(token) < 4 or not token.isalpha():
            return []
        limit = 1 if len(token) < 7 else 2
        letters = frozenset(token)
        candidates: set[str] = set()
        for term, term_letters in self._buckets.get(token[0], ()):
            if prefix:
                for size in range(len(token) - limit, len(token) + limit + 1):
                    if 0 < size <= len(term):
                        candidates.add(term[:size])
            elif abs(len(term) - len(token)) <= limit and len(letters ^ term_letters) <= \
                    2 * limit + 1:  # cheap rejection before the quadratic distance
                candidates.add(term)
        scored = []
        for candidate in candidates:
            d = edit_distance(token, candidate)
            if d <= limit:
                scored.append((d, candidate))
        scored.sort()
        return [t for _d, t in scored[:MAX_CORRECTIONS]]

    def build(self, text: str, *, prefix_last: bool = True) -> Built:
        tokens = words(text)
        if not tokens:
            return Built(None)
        typing = prefix_last and not text[-1:].isspace()
        index, syn_vocab, longest = _synonym_index()
        corrections: dict[str, str] = {}
        units: list[list[str]] = []  # per token: alternatives (already FTS-quoted)
        sizes: list[tuple[int, int]] = []  # per token: estimated matches (all, names)
        for n, tok in enumerate(tokens):
            last = n == len(tokens) - 1
            prefix = len(tok) >= 3 or (last and typing)
            known = self.has_prefix(tok) if prefix else self.has_term(tok)
            if known or tok in syn_vocab or (last and typing and len(tok) < 4):
                units.append([_quote(tok) + ("*" if prefix else "")])
                sizes.append(self.estimate(tok, prefix))
                continue
            typing_word = last and typing
            fixes = self.corrections(tok, prefix=typing_word)
            if fixes:
                corrections[tok] = fixes[0]
                tokens[n] = fixes[0]
                units.append([_quote(f) + ("*" if typing_word else "") for f in fixes])
                sizes.append(_sum(self.estimate(f, typing_word) for f in fixes))
            else:
                units.append([_quote(tok) + ("*" if prefix else "")])
                sizes.append(self.estimate(tok, prefix))
        # Synonyms: the longest known phrase at each position adds its group as alternatives.
        clauses: list[str] = []
        clause_sizes: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            hit = None
            for size in range(min(longest, len(tokens) - i), 0, -1):
                phrase = tuple(tokens[i:i + size])
                if phrase in index:
                    hit = (size, index[phrase])
                    break
            if hit is None:
                clauses.append(_alts(units[i]))
                clause_sizes.append(sizes[i])
                i += 1
                continue
            size, group = hit
            typed = " ".join(_alts(u) for u in units[i:i + size])
            alts = [f"({typed})" if size > 1 else _alts(units[i])]
            alt_sizes = [_min(sizes[i:i + size])]
            for phrase in synonym_groups()[group]:
                if phrase != tuple(tokens[i:i + size]):
                    alts.append(_quote(" ".join(phrase)))
                    alt_sizes.append(_min(self.estimate(w, False) for w in phrase))
            clauses.append("(" + " OR ".join(alts) + ")")
            clause_sizes.append(_sum(alt_sizes))
            i += size
        total = _min(clause_sizes)
        return Built(" AND ".join(clauses), corrections, tokens, total[0], total[1])


def _sum(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    items = list(pairs)
    return sum(p[0] for p in items), sum(p[1] for p in items)


def _min(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    items = list(pairs)
    return min(p[0] for p in items), min(p[1] for p in items)


def _alts(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
