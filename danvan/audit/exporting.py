import csv
import io
import json

from django.utils import timezone

HEADERS = [
    "thoi_diem",
    "nguoi_thuc_hien",
    "kenh",
    "dia_chi",
    "thao_tac",
    "loai_du_lieu",
    "ma_ban_ghi",
    "ban_ghi",
    "truoc",
    "sau",
]


def audit_export_csv(events) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for event in events.iterator():
        writer.writerow(
            [
                timezone.localtime(event.at).strftime("%d/%m/%Y %H:%M:%S"),
                event.username,
                event.source,
                event.ip,
                event.get_action_display(),
                event.model,
                event.object_id,
                event.object_repr,
                json.dumps(event.before, ensure_ascii=False) if event.before is not None else "",
                json.dumps(event.after, ensure_ascii=False) if event.after is not None else "",
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")
