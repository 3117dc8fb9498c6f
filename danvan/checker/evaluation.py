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
from danvan.checker.rules import ERROR, NOTICE, RULES

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
        if finding.severity == NOTICE:
            continue  # rounding and style: labelled only in the real corpus
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


# --- the real corpus ----------------------------------------------------------------------------
# ``tests/checker/real``: one ``<name>.labels.json`` per document (its source, every defect
# and the correct relations, each with its kind of relation and its arithmetic), the text as
# ``<name>.txt`` and, for some, the same document as ``<name>.docx`` / ``<name>.pdf``; and
# ``split.json``: the seed and the tuning / held-out lists, made once, with every later move.
LABELS_SUFFIX = ".labels.json"
SPLIT_FILE = "split.json"
SPLITS = ("tuning", "heldout", "all")
TUNING_SHARE = 2 / 3


@dataclass
class KindScore:
    labelled: int = 0
    found: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None


@dataclass
class RealEvaluation:
    split: str
    files: list[str] = field(default_factory=list)
    kinds: dict[str, KindScore] = field(default_factory=dict)
    rules: dict[str, RuleScore] = field(default_factory=dict)
    holds: int = 0
    holds_checked: int = 0  # … that the checker recomputed (verified or found)
    errors: int = 0  # error-severity findings
    errors_true: int = 0  # … that point at a labelled defect
    duplicates: int = 0  # a second finding on a defect already found
    severity_differs: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)  # errors on a labelled correct relation
    false_alarms: list[str] = field(default_factory=list)  # findings on no labelled defect
    misses: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # excerpts a .docx/.pdf reading lost

    @property
    def defects(self) -> int:
        return sum(k.labelled for k in self.kinds.values())

    @property
    def found(self) -> int:
        return sum(k.found for k in self.kinds.values())

    @property
    def recall(self) -> float | None:
        return self.found / self.defects if self.defects else None

    @property
    def error_precision(self) -> float | None:
        return self.errors_true / self.errors if self.errors else None

    @property
    def precision(self) -> float | None:
        overall = RuleScore(
            tp=sum(r.tp for r in self.rules.values()), fp=sum(r.fp for r in self.rules.values())
        )
        return overall.precision


def real_documents(directory: Path, texts: Path | None = None) -> dict[str, dict]:
    """stem → labels, for every ``*.labels.json`` of the directory (the texts beside them, or
    in ``texts``); a label whose text file is missing raises :class:`LabelError`."""
    documents = {}
    for path in sorted(directory.glob(f"*{LABELS_SUFFIX}")):
        stem = path.name[: -len(LABELS_SUFFIX)]
        labels = load_labels(path)
        if not ((texts or directory) / f"{stem}.txt").exists():
            raise LabelError(f"{stem}: thiếu tệp {stem}.txt")
        for key in ("source", "defects", "holds"):
            if key not in labels:
                raise LabelError(f"{stem}: nhãn thiếu mục «{key}»")
        documents[stem] = labels
    return documents


def split_make(stems: list[str], seed: int) -> dict:
    """The one random split: shuffled with ``seed``, two thirds to tuning, the rest held out."""
    import random

    order = sorted(stems)
    random.Random(seed).shuffle(order)
    cut = round(len(order) * TUNING_SHARE)
    return {
        "seed": seed,
        "method": "random.Random(seed).shuffle(sorted(stems)); the first two thirds are tuning",
        "tuning": sorted(order[:cut]),
        "heldout": sorted(order[cut:]),
        "moves": [],
    }


def split_read(directory: Path) -> dict:
    path = directory / SPLIT_FILE
    if not path.exists():
        raise LabelError(
            f"Thư mục «{directory}» chưa có {SPLIT_FILE} (chia tập bằng --make-split)."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def split_stems(directory: Path, split: str, documents: dict) -> list[str]:
    if split == "all":
        return sorted(documents)
    data = split_read(directory)
    assigned = set(data["tuning"]) | set(data["heldout"])
    missing = sorted(set(documents) - assigned)
    if missing:
        raise LabelError(f"Tài liệu chưa được chia vào tập nào: {', '.join(missing)}")
    return sorted(data[split])


def real_spans(text: str, item: dict) -> list[tuple[int, int]]:
    """Where a real-corpus label is: its excerpt, and the other places the same defect shows
    (``also``: a total stated in the text and again in the table's row)."""
    spans = label_spans(text, item)
    for other in item.get("also", []):
        spans += label_spans(text, {"excerpt": other})
    return spans


def _spans(text: str, item: dict, stem: str) -> list[tuple[int, int]]:
    spans = real_spans(text, item)
    if not spans:
        raise LabelError(f"{stem}: không thấy «{item['excerpt']}» trong văn bản")
    return spans


def _overlaps(finding, spans) -> bool:
    return any(finding.start < end and start < finding.end for start, end in spans)


def evaluate_real_file(
    stem: str,
    text: str,
    findings,
    labels: dict,
    ev: RealEvaluation,
    strict: bool = True,
    verified=(),
) -> None:
    """Score one document. ``strict`` (the .txt the labels were written on): an excerpt not
    in the text is a wrong label. Otherwise (the same document read from .docx or .pdf) it is
    text the reader did not give back: a defect there counts as missed, a relation as unread."""
    if strict:
        defects = [(item, _spans(text, item, stem)) for item in labels["defects"]]
        holds = [(item, _spans(text, item, stem)) for item in labels["holds"]]
    else:
        defects = [(item, real_spans(text, item)) for item in labels["defects"]]
        holds = [(item, spans) for item in labels["holds"] if (spans := real_spans(text, item))]
        lost = len(labels["holds"]) - len(holds) + sum(not spans for _, spans in defects)
        if lost:
            ev.unplaced.append(f"{stem}: {lost} đoạn trích không thấy trong văn bản đọc được")
    ev.holds += len(holds)
    # A labelled correct relation the checker recomputed (a «khớp» line or a finding on it).
    places = [(v.start, v.end) for v in verified] + [(f.start, f.end) for f in findings]
    ev.holds_checked += sum(
        1
        for _, spans in holds
        if any(a < end and start < b for a, b in spans for start, end in places)
    )
    found = [False] * len(defects)
    for item, _ in defects:
        ev.kinds.setdefault(item["kind"], KindScore()).labelled += 1
    for finding in findings:
        kinds = RULES[finding.rule].kinds
        score = ev.rules.setdefault(finding.rule, RuleScore())
        is_error = finding.severity == ERROR
        ev.errors += is_error
        hit = None
        for index, (item, spans) in enumerate(defects):
            if item["kind"] in kinds and _overlaps(finding, spans):
                if not found[index]:
                    hit = index
                    break
                hit = hit if hit is not None else -1 - index  # already found: a duplicate
        if hit is not None and hit >= 0:
            found[hit] = True
            score.tp += 1
            ev.errors_true += is_error
            item = defects[hit][0]
            ev.kinds[item["kind"]].found += 1
            if item.get("severity") and item["severity"] != finding.severity:
                ev.severity_differs.append(
                    f"{stem}: {finding.rule} ({finding.severity}, nhãn {item['severity']}) "
                    f"«{finding.excerpt}»"
                )
        elif hit is not None:
            ev.duplicates += 1
            ev.errors_true += is_error
        else:
            score.fp += 1
            line = (
                f"{stem}: {finding.rule} ({finding.severity}) «{finding.excerpt}» — "
                f"{finding.message}"
            )
            ev.false_alarms.append(line)
            if is_error and any(_overlaps(finding, spans) for _, spans in holds):
                ev.false_errors.append(line)
    for index, (item, _) in enumerate(defects):
        if not found[index]:
            ev.misses.append(f"{stem}: {item['kind']} «{item['excerpt']}» — {item['arithmetic']}")


def evaluate_real(
    directory: Path, split: str = "all", suffix: str = ".txt", texts: Path | None = None
) -> RealEvaluation:
    """The figures of one split of the real corpus, reading each document's ``suffix`` file
    (``.txt``; ``.docx`` or ``.pdf`` for the documents that have one) beside its labels or in
    ``texts`` (the users' samples, ``../shared/samples``, are labelled in the repo)."""
    if split not in SPLITS:
        raise LabelError(f"Tập «{split}» không có; chọn một trong: {', '.join(SPLITS)}.")
    documents = real_documents(directory, texts)
    ev = RealEvaluation(split)
    for stem in split_stems(directory, split, documents):
        path = (texts or directory) / f"{stem}{suffix}"
        if not path.exists():
            continue
        try:
            result = check_file(path.name, path.read_bytes())
        except ReadError as error:
            ev.unreadable.append(f"{path.name}: {error.message}")
            continue
        ev.files.append(path.name)
        evaluate_real_file(
            stem,
            result.text,
            result.findings,
            documents[stem],
            ev,
            strict=suffix == ".txt",
            verified=result.verified,
        )
    return ev


def labels_problems(directory: Path, texts: Path | None = None, min_holds: int = 5) -> list[str]:
    """What is wrong with the labels of a real-corpus directory (empty when all is well):
    the source, the kinds and severities, excerpts that are not in the text or not unique,
    fewer than ``min_holds`` correct relations. Does not run the checker."""
    from danvan.checker.rules import KINDS, SEVERITIES

    problems = []
    try:
        documents = real_documents(directory, texts)
    except (LabelError, ValueError) as error:
        return [str(error)]
    for stem, labels in documents.items():
        text = ((texts or directory) / f"{stem}.txt").read_text(encoding="utf-8")
        source = labels["source"]
        for key in ("url", "published", "retrieved"):
            if not source.get(key):
                problems.append(f"{stem}: nguồn thiếu «{key}»")
        if len(labels["holds"]) < min_holds:
            problems.append(f"{stem}: chỉ {len(labels['holds'])} quan hệ đúng (cần {min_holds})")
        for group in ("defects", "holds"):
            for item in labels[group]:
                where = f"{stem}: {group} «{item.get('excerpt')}»"
                if item.get("kind") not in KINDS:
                    problems.append(f"{where}: loại «{item.get('kind')}» không có")
                if group == "defects" and item.get("severity") not in SEVERITIES:
                    problems.append(f"{where}: mức «{item.get('severity')}» không có")
                if not item.get("arithmetic"):
                    problems.append(f"{where}: thiếu phép tính")
                spans = label_spans(text, item) if item.get("excerpt") else []
                if len(spans) != 1:
                    problems.append(f"{where}: thấy {len(spans)} lần trong văn bản (cần đúng 1)")
    return problems
