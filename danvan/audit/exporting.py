"""The trail as a CSV file people open in Excel: Vietnamese headers, readable changes (one
line per field, figures with their labels) and, last, the stored values as JSON for experts."""

import csv
import io
import json

from django.utils import timezone

from danvan.audit.presenting import References, change_text, event_changes, model_name, source_label
from danvan.core.exporting import csv_row

HEADERS = [
    "Thời điểm",
    "Người thực hiện",
    "Kênh",
    "Địa chỉ",
    "Thao tác",
    "Loại dữ liệu",
    "Mã bản ghi",
    "Bản ghi",
    "Thay đổi",
    "Dữ liệu trước (JSON)",
    "Dữ liệu sau (JSON)",
]
BATCH = 500


def _rows(events):
    batch = []
    for event in events.iterator(chunk_size=BATCH):
        batch.append(event)
        if len(batch) == BATCH:
            yield from _batch_rows(batch)
            batch = []
    yield from _batch_rows(batch)


def _batch_rows(batch):
    references = References(batch)
    for event in batch:
        changes = event_changes(event, references)
        lines = [line for change in changes for line in change_text(change, event.action)]
        yield [
            timezone.localtime(event.at).strftime("%d/%m/%Y %H:%M:%S"),
            event.username,
            source_label(event.source),
            event.ip,
            event.get_action_display(),
            model_name(event.model),
            event.object_id,
            event.object_repr,
            "\n".join(lines),
            json.dumps(event.before, ensure_ascii=False) if event.before is not None else "",
            json.dumps(event.after, ensure_ascii=False) if event.after is not None else "",
        ]


def audit_export_csv(events) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    # Names, records and changes are what people typed: inert, without control characters.
    writer.writerows(csv_row(row) for row in _rows(events))
    return buffer.getvalue().encode("utf-8-sig")
