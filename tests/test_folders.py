"""Output folders: replaced whole where a reader may be looking, moved aside where names cannot be swapped."""

import threading

from dossier.site import folders


def test_a_folder_being_replaced_never_goes_missing_for_a_reader(tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / ".key").write_text("0\n")
    seen, stop = [], threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append((folder / ".key").read_text())
            except FileNotFoundError:
                seen.append(None)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(1, 200):
            new = tmp_path / f".tmp-{i}"
            new.mkdir()
            (new / ".key").write_text(f"{i}\n")
            folders.replace(folder, new)
    finally:
        stop.set()
        reader.join()
    assert (folder / ".key").read_text() == "199\n"
    assert None not in seen
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unit"]  # the old folders are gone


def test_where_names_cannot_be_swapped_the_folder_is_moved_aside_then_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(folders, "exchange", lambda a, b: False)
    folder, new = tmp_path / "unit", tmp_path / ".tmp"
    folder.mkdir()
    (folder / "old.txt").write_text("old")
    new.mkdir()
    (new / "new.txt").write_text("new")
    folders.replace(folder, new)
    assert [p.name for p in tmp_path.iterdir()] == ["unit"]
    assert [p.name for p in folder.iterdir()] == ["new.txt"]
