from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = """Nga và Mỹ nhất trí nối lại đối thoại về ổn định chiến lược
Trang chủ Thế giới
Tổng thống Mỹ Donald Trump ngày 12/2 điện đàm với Tổng thống Nga Vladimir Putin. Hai nhà lãnh đạo nhất trí sẽ gặp nhau tại Saudi Arabia trong thời gian tới để thảo luận về xung đột ở Ukraine, theo thông báo của Nhà Trắng.
Tin liên quan
Hàn Quốc và Nhật Bản ký thỏa thuận hợp tác quốc phòng mới
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quanhe.cli", *args], capture_output=True, text=True, check=False)


def test_analyze_batch_goes_on_after_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (tmp_path / "latin.txt").write_bytes("Hà Nội".encode("utf-16-le")[:-1] + b"\xff\xfe\xe0")
    (tmp_path / "cp1258.txt").write_bytes("Quan hệ Việt - Mỹ".encode().replace(b"\xe1\xbb\x87", b"\xd2"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "r1", "published": "2025-02-13", "text": ' + json.dumps(ARTICLE) + '}\n{not json}\n{"id": "r3"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = run("analyze", str(tmp_path), "-o", str(out))
    assert res.returncode == 1
    assert "empty.txt: skipped: empty file" in res.stderr
    assert "binary.txt: skipped: binary file" in res.stderr
    assert "cp1258.txt: skipped: not UTF-8" in res.stderr
    assert "feed.jsonl:2: skipped: not JSON" in res.stderr
    assert "feed.jsonl:3: skipped: record 'r3' has neither 'text' nor 'html'" in res.stderr
    assert "Traceback" not in res.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {Path(d["doc"]).name for d in docs} == {"good.txt", "r1"}
    r1 = next(d for d in docs if d["doc"] == "r1")
    assert r1["published"] == "2025-02-13" and r1["published_source"] == "metadata"
    keys = {(e["source"]["code"], e["target"]["code"], e["cameo"], e["date"]) for e in r1["events"]}
    assert ("USA", "RUS", "041", "2025-02-12") in keys
    assert all("Hàn Quốc" not in p for p in r1["body"])


def test_analyze_missing_file_exit_code() -> None:
    res = run("analyze", "/nonexistent/file.txt")
    assert res.returncode == 1
    assert "/nonexistent/file.txt: skipped: no such file" in res.stderr


def test_analyze_stdout_and_success(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    res = run("analyze", str(good))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["title"].startswith("Nga và Mỹ")
    assert doc["published_source"] in {"inferred", "none", "page"}


def test_explain_shows_pattern_and_rejections() -> None:
    res = run("explain", "Thủ tướng Nhật Bản không điện đàm với Tổng thống Hàn Quốc.", "--date", "2024-05-02")
    assert res.returncode == 0
    assert "rejected: negated" in res.stdout


def test_help_teaches() -> None:
    res = run("--help")
    assert res.returncode == 0 and "examples:" in res.stdout
    assert "JSON Lines" in run("analyze", "--help").stdout


def test_dict_check() -> None:
    res = run("dict", "check")
    assert res.returncode == 0 and res.stdout.startswith("ok:")
