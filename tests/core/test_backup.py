"""`danvan backup` and `danvan restore` (danvan/core/backup.py, decision 0043): a round trip
gives back every row, the figures and the rendered documents; a damaged, newer or older archive
and a database with data (without --force) are refused and change nothing."""

import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from danvan.core import backup
from danvan.core.backup import backup_create, backup_restore, database_is_empty
from danvan.demo.loader import demo_load
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.services import orgunit_create, orgunit_rename
from tests.core.backup_state import state

User = get_user_model()
ROOT = Path(__file__).resolve().parents[2]
NOTHING_CHANGED = "Không có gì bị thay đổi"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"
    (settings.MEDIA_ROOT / "bang-chung" / "2021").mkdir(parents=True)
    (settings.MEDIA_ROOT / "bang-chung" / "2021" / "biên bản.pdf").write_bytes(b"%PDF-1.4 xin")
    (settings.MEDIA_ROOT / "ket-luan.docx").write_bytes(bytes(range(256)) * 10)
    return settings.MEDIA_ROOT


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _data_checksums(archive: Path) -> dict[str, str]:
    with zipfile.ZipFile(archive) as opened:
        members = json.loads(opened.read("manifest.json"))["members"]
    return {name: entry["sha256"] for name, entry in members.items() if name.startswith("data/")}


def _rewrite(source: Path, target: Path, change) -> None:
    """Copy an archive member by member; ``change(name, data)`` returns the new bytes."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info.filename)))


def _manifest_change(source: Path, target: Path, edit) -> None:
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    _rewrite(source, target, change)


@pytest.fixture
def small(transactional_db, users, media, tmp_path):
    """A small database (the test tree and its users) and its archive."""
    archive = tmp_path / "sao-luu.zip"
    backup_create(path=archive)
    return archive


# --- Round trips ---------------------------------------------------------------------------


def test_round_trip_of_the_demo_province_gives_back_rows_figures_document_and_files(
    transactional_db, media, tmp_path
):
    demo_load()
    before, files = state(), _files(media)
    assert before["counts"]["dossiers.dossier"] > 1000  # the demo's two years of dossiers
    assert before["figures"]["BQLKKT 2021"]["values"]["HS_MOI"] == "524"
    archive = tmp_path / "sao-luu.zip"
    summary = backup_create(path=archive)
    assert summary.rows == sum(before["counts"].values()) and summary.files == 2

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media)
    assert database_is_empty() == (0, 0)
    restored = backup_restore(path=archive)

    assert restored.rows == summary.rows and restored.files == 2
    assert state() == before
    assert _files(media) == files
    # Every row of every table, byte for byte (microseconds included): a second backup of the
    # restored database holds the same data.
    again = backup_create(path=tmp_path / "lan-hai.zip").path
    assert _data_checksums(again) == _data_checksums(archive)


def test_a_restored_postgresql_or_sqlite_database_takes_new_rows(small, tree):
    """Sequences are reset: the next unit gets a key after the restored ones."""
    call_command("flush", interactive=False, verbosity=0)
    backup_restore(path=small)
    highest = OrgUnit.objects.order_by("-pk").first().pk
    unit = orgunit_create(code="MOI", name="Đơn vị mới sau phục hồi", kind="so_nganh")
    assert unit.pk > highest


def test_a_backup_taken_on_another_machine_restores_here_with_identical_figures(
    transactional_db, settings, tmp_path
):
    """The source is a fresh SQLite file in another process; the target is this run's database
    (PostgreSQL when the suite runs on it: SQLite → PostgreSQL)."""
    source = tmp_path / "may-nguon"
    archive, expected = tmp_path / "sao-luu.zip", tmp_path / "nguon.json"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DANVAN_VAR_DIR"] = str(source)
    script = (
        "import json, sys, django; django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "from danvan.demo.loader import demo_load; demo_load()\n"
        "from danvan.core.backup import backup_create; backup_create(path=sys.argv[1])\n"
        "from tests.core.backup_state import state\n"
        "open(sys.argv[2], 'w').write(json.dumps(state()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(archive), str(expected)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with zipfile.ZipFile(archive) as opened:
        assert json.loads(opened.read("manifest.json"))["engine"] == "sqlite"
    settings.MEDIA_ROOT = tmp_path / "files"

    call_command("restore", str(archive), "--force", stdout=io.StringIO())

    assert state() == json.loads(expected.read_text())
    again = backup_create(path=tmp_path / "lan-hai.zip").path
    assert _data_checksums(again) == _data_checksums(archive)


def test_the_backup_is_one_moment_a_write_during_it_is_not_in_the_archive(small, tmp_path):
    late = threading.Event()

    def write_from_another_connection():
        try:
            User.objects.create(username="den.muon")
        finally:
            connection.close()
            late.set()

    real = backup.backup_models

    def models_then_a_concurrent_write():
        # Called inside the snapshot, after its first read.
        threading.Thread(target=write_from_another_connection).start()
        assert late.wait(30)
        return real()

    archive = tmp_path / "trong-luc-ghi.zip"
    backup.backup_models = models_then_a_concurrent_write
    try:
        backup_create(path=archive)
    finally:
        backup.backup_models = real
    assert User.objects.filter(username="den.muon").exists()
    with zipfile.ZipFile(archive) as opened:
        names = [n for n in opened.namelist() if n.endswith("-auth.user.jsonl")]
        assert "den.muon" not in opened.read(names[0]).decode()
        assert "quantri" in opened.read(names[0]).decode()


def test_backup_and_restore_commands_say_what_they_did(small, tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path / "lenh.zip"), stdout=out)
    assert "Đã sao lưu vào" in out.getvalue() and "2 tệp đã tải lên" in out.getvalue()
    out = io.StringIO()
    call_command("restore", str(tmp_path / "lenh.zip"), "--force", stdout=out)
    assert "Đã phục hồi bản sao lưu lúc" in out.getvalue()
    assert User.objects.count() == 6


# --- Refusals: each changes nothing --------------------------------------------------------


def test_a_database_with_data_is_refused_without_force_and_wiped_with_it(small, tree, media):
    orgunit_rename(
        unit=tree["A"], name="Sở Nội vụ (đổi tên sau sao lưu)", effective=datetime.date.today()
    )
    orgunit_create(code="Z", name="Đơn vị tạo sau sao lưu", kind="so_nganh")
    (media / "moi.txt").write_text("tệp mới")
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=small)
    assert refused.value.message.startswith("CSDL đang có dữ liệu (6 tài khoản")
    assert NOTHING_CHANGED in refused.value.message
    assert OrgUnit.objects.filter(code="Z").exists() and (media / "moi.txt").exists()

    with pytest.raises(CommandError, match="chạy lại với --force"):
        call_command("restore", str(small))
    call_command("restore", str(small), "--force", stdout=io.StringIO())
    assert not OrgUnit.objects.filter(code="Z").exists()
    assert OrgUnit.objects.get(code="A").name == "Sở Nội vụ"
    assert not (media / "moi.txt").exists()
    assert User.objects.count() == 6


def test_a_member_changed_after_the_backup_is_refused_by_its_checksum(small, tmp_path, media):
    damaged = tmp_path / "sua.zip"

    def change(name, data):
        return data.replace(b"quantri", b"quantrx") if name.endswith("-auth.user.jsonl") else data

    _rewrite(small, damaged, change)
    orgunit_create(code="Z", name="Đơn vị tạo sau sao lưu", kind="so_nganh")
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=damaged, force=True)
    name = next(n for n in zipfile.ZipFile(small).namelist() if n.endswith("-auth.user.jsonl"))
    assert refused.value.message == backup.CORRUPTED.format(name=name)
    assert OrgUnit.objects.filter(code="Z").exists()
    assert sorted(p.name for p in media.parent.iterdir()) == ["files", "sao-luu.zip", "sua.zip"]


@pytest.mark.parametrize(
    "member", ["-audit.auditevent.jsonl", "files/ket-luan.docx", "manifest.json"]
)
def test_a_damaged_byte_in_any_member_is_refused(small, tmp_path, member):
    """One byte flipped in the middle of a member's stored bytes (the data, an uploaded file or
    the manifest itself): the zip's CRC or the manifest's SHA-256 catches it."""
    data = bytearray(small.read_bytes())
    with zipfile.ZipFile(small) as opened:
        info = next(i for i in opened.infolist() if i.filename.endswith(member))
    start = info.header_offset
    name_length = int.from_bytes(data[start + 26 : start + 28], "little")
    extra_length = int.from_bytes(data[start + 28 : start + 30], "little")
    data[start + 30 + name_length + extra_length + info.compress_size // 2] ^= 0xFF
    damaged = tmp_path / "hong.zip"
    damaged.write_bytes(bytes(data))
    orgunit_create(code="Z", name="Đơn vị tạo sau sao lưu", kind="so_nganh")
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=damaged, force=True)
    assert NOTHING_CHANGED in refused.value.message
    assert OrgUnit.objects.filter(code="Z").exists()


def test_a_member_added_or_removed_is_refused(small, tmp_path):
    added = tmp_path / "them.zip"
    shutil.copy(small, added)
    with zipfile.ZipFile(added, "a") as opened:
        opened.writestr("files/../../etc/cron.d/x", b"* * * * * root true")
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=added, force=True)
    assert refused.value.message == backup.EXTRA_MEMBER.format(name="files/../../etc/cron.d/x")

    removed = tmp_path / "bot.zip"
    with zipfile.ZipFile(small) as old, zipfile.ZipFile(removed, "w") as new:
        for info in old.infolist():
            if not info.filename.startswith("files/ket-luan"):
                new.writestr(info.filename, old.read(info.filename))
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=removed, force=True)
    assert refused.value.message == backup.MISSING_MEMBER.format(name="files/ket-luan.docx")


def test_an_archive_from_a_newer_schema_is_refused(small, tmp_path):
    newer = tmp_path / "moi-hon.zip"

    def edit(manifest):
        manifest["danvan_version"] = "9.0.0"
        manifest["migrations"]["orgunits"].append("0099_from_the_future")
        manifest["schema"]["orgunits"] = "0099_from_the_future"

    _manifest_change(small, newer, edit)
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=newer, force=True)
    assert refused.value.message == backup.NEWER_SCHEMA.format(
        version="9.0.0", migration="orgunits.0099_from_the_future"
    )
    assert User.objects.count() == 6


def test_an_archive_from_an_older_schema_is_refused(small, tmp_path):
    older = tmp_path / "cu-hon.zip"
    latest = {}

    def edit(manifest):
        latest["name"] = manifest["migrations"]["orgunits"].pop()

    _manifest_change(small, older, edit)
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=older, force=True)
    assert refused.value.message == backup.OLDER_SCHEMA.format(
        version=backup.danvan_version(),
        migration=f"orgunits.{latest['name']}",
    )


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"not a zip at all", "không đọc được dạng zip"),
        (None, "thiếu manifest.json"),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused(transactional_db, tmp_path, content, why):
    path = tmp_path / "khac.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as opened:
            opened.writestr("data.json", b"{}")
    else:
        path.write_bytes(content)
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(path))
    assert why in str(refused.value) and NOTHING_CHANGED in str(refused.value)


def test_a_failed_load_rolls_everything_back(small, tmp_path, tree):
    """A row that breaks a constraint on load (two units with one code) undoes the wipe."""
    broken = tmp_path / "trung-ma.zip"

    def change(name, data):
        if name.endswith("-orgunits.orgunit.jsonl"):
            return data.replace(b'"code": "B"', b'"code": "A"')
        return data

    _rewrite(small, broken, change)
    with zipfile.ZipFile(broken) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        for name in manifest["members"]:
            manifest["members"][name]["sha256"] = hashlib.sha256(opened.read(name)).hexdigest()
    fixed = tmp_path / "trung-ma-dung-ma-kiem-tra.zip"
    _manifest_change(broken, fixed, lambda m: m.update(members=manifest["members"]))
    orgunit_create(code="Z", name="Đơn vị tạo sau sao lưu", kind="so_nganh")
    with pytest.raises(backup.BackupError) as refused:
        backup_restore(path=fixed, force=True)
    assert refused.value.message.startswith("Không nạp được dữ liệu của tệp sao lưu")
    assert OrgUnit.objects.filter(code="Z").exists()
    assert User.objects.count() == 6
