"""Extraction on one long sentence: every rule must take time linear in its input, so a 1 MB sentence (a page
with no full stop, a pasted table) takes about a thousand times what a 1 KB one does, not a million.

The sentence repeats clauses that make every rule fire: posts and names, bodies of a province, document
numbers with dates and issuers, meetings, figures and deadlines. Prints seconds per size and per megabyte.
"""

import datetime as dt
import time

from rich.console import Console
from rich.table import Table

from kg.extract.pipeline import extract_text
from kg.seeds import load_curated

SIZES = (16_000, 64_000, 256_000, 1_000_000)
_GIVEN = ("Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thanh Hà", "Hữu Phước", "Ngọc Lan", "Đức Thắng")
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi")
_PROVINCES = ("Nghệ An", "Lâm Đồng", "Quảng Trị", "Hà Tĩnh", "Đồng Tháp", "Lào Cai", "Bắc Ninh", "Tây Ninh")


def clause(n: int) -> str:
    person = f"{_FAMILY[n % 8]} {_GIVEN[(n // 8) % 8]}"
    province = _PROVINCES[(n // 3) % 8]
    return (f"Phó Chủ tịch UBND tỉnh {province} {person}, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh {province} "
            f"chủ trì phiên họp thứ {n % 9 + 1} của Ban Chỉ đạo theo Quyết định số {n}/QĐ-UBND ngày {n % 28 + 1}/3/2024 "
            f"của Ủy ban nhân dân tỉnh {province}, giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh "
            f"bảo đảm {n % 90 + 10}% hồ sơ được xử lý trực tuyến trước ngày 31/12/2025 và đã cấp {n % 50 + 1},5 triệu thẻ, ")


def sentence(size: int) -> str:
    parts, length, n = [], 0, 0
    while length < size:
        n += 1
        parts.append(clause(n))
        length += len(parts[-1])
    return "".join(parts)[:size]


def run(sizes=SIZES) -> Table:
    registry = load_curated()
    extract_text(sentence(2_000), "warm-up", published=dt.date(2024, 6, 1), registry=registry)
    table = Table("characters", "seconds", "seconds per MB", "facts", title="Extraction on one long sentence")
    for size in sizes:
        text = sentence(size)
        start = time.perf_counter()
        found = extract_text(text, f"bench-{size}", published=dt.date(2024, 6, 1), registry=registry)
        seconds = time.perf_counter() - start
        table.add_row(f"{size:,}", f"{seconds:.2f}", f"{seconds / size * 1_000_000:.1f}", str(len(found.knowledge.facts)))
    Console().print(table)
    return table


if __name__ == "__main__":
    run()
