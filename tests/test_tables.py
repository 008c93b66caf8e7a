"""Analysis-table export: one document JSON in, Parquet and CSV tables out."""

from __future__ import annotations

import pandas as pd

from ocr_pipeline import atomic, document, tables
from ocr_pipeline.models import Options, PageText

TEXT = ("ỦY BAN NHÂN DÂN\nXÃ NGỌC LIÊN\nSố: 12/KH-UBND\nNgọc Liên, ngày 5 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2026\n"
        "I. NHIỆM VỤ\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n"
        "Kinh phí thực hiện là 1,5 tỷ đồng.\n"
        "TT\tNội dung\tCơ quan chủ trì\n"
        "I\tCải cách thể chế\t\n1.\tRà soát văn bản\tVăn phòng\n"
        "2.\tSố hóa hồ sơ\tBộ phận một cửa\n")


def test_export_writes_every_table_readable_by_pandas(tmp_path):
    page = PageText(number=1, source="text-layer", text_raw=TEXT, text=TEXT)
    source = {"path": "ke-hoach.pdf", "sha256": "0" * 64, "page_count": 1}
    doc = document.assemble(source, [page], Options())
    document.validate(doc)
    atomic.write_text(tmp_path / "ke-hoach.json", document.dumps(doc))

    counts = tables.export(tmp_path)

    assert counts["documents"] == 1
    docs = pd.read_parquet(tmp_path / "tables" / "documents.parquet")
    assert docs.loc[0, ["doc_id", "type", "number", "date"]].tolist() == [
        "ke-hoach", "KẾ HOẠCH", "12", "2026-03-05"]
    metrics = pd.read_parquet(tmp_path / "tables" / "metrics.parquet")
    assert metrics[["kind", "value", "unit"]].values.tolist() == [
        ["percentage", 98.0, "%"], ["amount", 1.5e9, "đồng"]]
    assert metrics.loc[1, "context"] == "Kinh phí thực hiện là"
    cells = pd.read_parquet(tmp_path / "tables" / "table_cells.parquet")
    wide = cells.pivot(index="row", columns="column", values="value")
    assert wide["Cơ quan chủ trì"].tolist() == ["Văn phòng", "Bộ phận một cửa"]
    assert set(cells["group"]) == {"I. Cải cách thể chế"}
    assert set(cells["section"]) == {"I."}
    csv = pd.read_csv(tmp_path / "tables" / "table_cells.csv")
    assert len(csv) == len(cells) == 6
