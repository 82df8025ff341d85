"""One save-to-file for the documents an officer saves (reports, requirement lists): whole or not at all."""

import errno

import pytest

from db.core.errors import DomainError, EnvironmentFault
from db.documents import files


def test_a_saved_file_replaces_the_old_one_only_when_complete(tmp_path):
    folder = tmp_path / "unduhan"
    folder.mkdir()
    target = folder / "laporan.pdf"
    target.write_bytes(b"lama")
    assert files.save(str(target), b"baru") == target
    assert target.read_bytes() == b"baru" and list(folder.iterdir()) == [target]


def test_a_missing_folder_is_a_reason_not_a_crash(tmp_path):
    with pytest.raises(DomainError, match="tidak dapat disimpan"):
        files.save(tmp_path / "tidak-ada" / "laporan.pdf", b"isi")


def test_a_full_disk_leaves_neither_file_nor_leftover(tmp_path, monkeypatch):
    folder = tmp_path / "unduhan"
    folder.mkdir()
    target = folder / "laporan.xlsx"
    target.write_bytes(b"lama")

    def full(self, source):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(target), "replace", full)
    with pytest.raises(EnvironmentFault, match="Disk penuh"):
        files.save(target, b"baru")
    assert target.read_bytes() == b"lama" and sorted(p.name for p in folder.iterdir()) == ["laporan.xlsx"]
