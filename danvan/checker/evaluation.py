"""Precision and recall of the checker per rule, against hand-made labels.

A directory holds report files and a ``labels.json``: file name → ``{"clean": bool,
"findings": [{"rule", "excerpt"[, "near"]}]}``. A finding counts as true when a label of the
same rule has an occurrence of its excerpt (inside ``near`` when given) that the finding's
span overlaps; each label is matched once. ``clean`` files must get no error-severity finding.
Pure Python: reads files, calls :func:`danvan.checker.engine.check_file`.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from danvan.checker.engine import check_file
from danvan.checker.reading import ReadError
from danvan.checker.rules import ERROR, RULES

LABELS_FILE = "labels.json"
READABLE = {".txt", ".docx", ".pdf"}


class LabelError(ValueError):
    pass


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Evaluation:
    scores: dict[str, RuleScore] = field(default_factory=lambda: {r: RuleScore() for r in RULES})
    files: int = 0
    clean_files: int = 0
    clean_errors: list[str] = field(default_factory=list)  # "file: rule «excerpt»"
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)

    @property
    def overall(self) -> RuleScore:
        total = RuleScore()
        for score in self.scores.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total


def load_labels(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def label_spans(text: str, label: dict) -> list[tuple[int, int]]:
    excerpt, near = label["excerpt"], label.get("near")
    spans, scope_starts = [], []
    if near:
        at = text.find(near)
        while at != -1:
            scope_starts.append((at, at + len(near)))
            at = text.find(near, at + 1)
    else:
        scope_starts = [(0, len(text))]
    for lo, hi in scope_starts:
        at = text.find(excerpt, lo, hi)
        while at != -1:
            spans.append((at, at + len(excerpt)))
            at = text.find(excerpt, at + 1, hi)
    return spans


def evaluate_file(name: str, text: str, findings, label: dict, ev: Evaluation) -> None:
    wanted = []
    for item in label.get("findings", []):
        spans = label_spans(text, item)
        if not spans:
            raise LabelError(f"{name}: không thấy «{item['excerpt']}» trong văn bản")
        wanted.append((item, spans))
    matched = [False] * len(wanted)
    for finding in findings:
        hit = None
        for index, (item, spans) in enumerate(wanted):
            if matched[index] or item["rule"] != finding.rule:
                continue
            if any(finding.start < end and start < finding.end for start, end in spans):
                hit = index
                break
        score = ev.scores.setdefault(finding.rule, RuleScore())
        if hit is None:
            score.fp += 1
            ev.false_alarms.append(f"{name}: {finding.rule} «{finding.excerpt}»")
        else:
            matched[hit] = True
            score.tp += 1
    for index, (item, _) in enumerate(wanted):
        if not matched[index]:
            ev.scores.setdefault(item["rule"], RuleScore()).fn += 1
            ev.misses.append(f"{name}: {item['rule']} «{item['excerpt']}»")
    if label.get("clean"):
        ev.clean_files += 1
        for finding in findings:
            if finding.severity == ERROR:
                ev.clean_errors.append(f"{name}: {finding.rule} «{finding.excerpt}»")


def evaluate(directories: list[Path], extra_labels: dict | None = None) -> Evaluation:
    ev = Evaluation()
    for directory in directories:
        labels = dict(extra_labels or {})
        if (directory / LABELS_FILE).exists():
            labels.update(load_labels(directory / LABELS_FILE))
        for path in sorted(directory.iterdir()):
            if path.suffix.lower() not in READABLE:
                continue
            if path.name not in labels:
                ev.unlabelled.append(path.name)
                continue
            try:
                result = check_file(path.name, path.read_bytes())
            except ReadError as error:
                ev.unreadable.append(f"{path.name}: {error.message}")
                continue
            ev.files += 1
            evaluate_file(path.name, result.text, result.findings, labels[path.name], ev)
    return ev
