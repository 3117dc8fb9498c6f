"""Shared pieces of the commands: an input file is refused by its size on disk before a byte
of it is read (core.safefiles, decision 0039)."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.core.commands import read_input_file
from danvan.dossiers.models import Dossier


def test_a_300_mb_file_is_refused_by_its_size_without_reading_it(tmp_path):
    big = tmp_path / "ho-so.csv"
    with open(big, "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: nothing is written, nothing is read
    with pytest.raises(CommandError) as error:
        read_input_file(str(big))
    assert str(error.value) == (
        "Tệp «ho-so.csv» có 300 MB, vượt giới hạn 200 MB mỗi tệp. DanVan từ chối để bảo vệ máy chủ."
    )


def test_the_import_command_refuses_a_file_over_the_configured_limit(tmp_path, tree, settings):
    settings.DANVAN_MAX_EXPANDED_BYTES = 1024
    path = tmp_path / "ho-so.csv"
    path.write_text("Mã hồ sơ,Mã đơn vị\n" + "HS-1,A\n" * 400, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import", "dossiers", str(path))
    assert "vượt giới hạn 1 KB mỗi tệp" in str(error.value)
    assert Dossier.objects.count() == 0
