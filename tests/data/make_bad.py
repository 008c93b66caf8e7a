"""Make the bad inputs of the reliability tests (``python -m tests.data.make_bad DIR``).

Every file is generated, none is hand-collected: truncated, encrypted (with and without a
user password), zero-page and fake PDFs, empty files, tiny, corrupt, huge and blank
images, an upside-down page, a file name that is not UTF-8 and a symlink loop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

from samples.generate import render_document, seed_text

GOOD_TEXT = "\n".join(seed_text("002").splitlines()[:30]) + "\n"


def make_good_pdf(path: Path, seed: int = 3) -> Path:
    render_document(GOOD_TEXT, path, seed=seed, max_pages=1)
    path.with_suffix(".gt.txt").unlink()
    return path


def make_bad_files(folder: Path) -> dict[str, str]:
    """Write the bad files; returns {file name: expected reason fragment or 'ok'}."""
    from pypdf import PdfReader, PdfWriter

    folder.mkdir(parents=True, exist_ok=True)
    good = make_good_pdf(folder / "_good_source.pdf")
    data = good.read_bytes()
    expected: dict[str, str] = {}

    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    expected["truncated.pdf"] = "PDF"

    for name, user_password in (("locked.pdf", "secret"), ("owner-only.pdf", "")):
        writer = PdfWriter()
        writer.append(PdfReader(good))
        writer.encrypt(user_password=user_password, owner_password="owner")
        with (folder / name).open("wb") as fh:
            writer.write(fh)
    expected["locked.pdf"] = "password"
    expected["owner-only.pdf"] = "ok"  # opens with an empty user password

    writer = PdfWriter()
    with (folder / "no-pages.pdf").open("wb") as fh:
        writer.write(fh)
    expected["no-pages.pdf"] = "PDF"

    (folder / "not-a-pdf.pdf").write_text("this is a note, not a PDF\n")
    expected["not-a-pdf.pdf"] = "not a PDF"
    (folder / "empty.png").write_bytes(b"")
    expected["empty.png"] = "empty"
    Image.new("L", (1, 1), 0).save(folder / "dot.png")
    expected["dot.png"] = "too small"
    (folder / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    expected["corrupt.jpg"] = "image"
    Image.new("L", (2480, 3508), 255).save(folder / "blank.png")
    expected["blank.png"] = "ok"
    Image.new("L", (20000, 20000), 255).save(folder / "huge.png")
    expected["huge.png"] = "ok"

    # the page upside down, as a scanner fed the wrong way round would give it
    from ocr_pipeline._exec import poppler

    page = poppler.rasterise(good, 1, 200, 60)
    Image.fromarray(page).rotate(180).save(folder / "upside-down.png", dpi=(200, 200))
    expected["upside-down.png"] = "ok"

    weird = os.fsencode(str(folder)) + b"/bi\xe1o-c\xe1o.png"  # Latin-1 bytes, not UTF-8
    Image.fromarray(page).save(open(weird, "wb"), format="PNG", dpi=(200, 200))
    expected["bi\ufffdo-c\ufffdo.png"] = "ok"

    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").exists():
        os.symlink("..", loop / "again")
    good.rename(folder / "good.pdf")
    expected["good.pdf"] = "ok"
    return expected


if __name__ == "__main__":
    print(make_bad_files(Path(sys.argv[1])))
