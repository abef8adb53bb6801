"""Synthetic inputs for the benchmark and the scale/torture tests (stdlib only, no polc imports).

``synthetic_law(size)`` grows one valid law-like document to about ``size`` bytes by repeating
articles whose text is taken from the corpus, renumbered so every number follows the one before:
``第N编`` > ``第N章`` > ``第N条`` with 款 and （一） items kept as printed in the source.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

_DIGITS = "零一二三四五六七八九"
_ZH = "零〇○一二三四五六七八九十百千两"
_ARTICLE = re.compile(rf"^第[{_ZH}]+条(?:之[{_ZH}]+)?[ \u3000]+(?P<body>\S.*)$")
_BREAK = re.compile(rf"^(?:#|<!--|第[{_ZH}\d]+(?:分编|编|章|节|条)|附件|---)")
ARTICLES_PER_CHAPTER = 20
CHAPTERS_PER_PART = 40  # article numbers restart in every 编, so they stay below 一万

# Used when no corpus is at hand (and as the tail of every body list): real wording, amounts included.
FALLBACK_BODIES = (
    ("对企业符合条件的质押融资，给予不超过实际融资额1%的奖励，每家企业最高奖励10万元，限奖励一次。",),
    ("违反本条例规定，有下列情形之一的，由县级以上人民政府有关部门责令改正，处二万元以上十万元以下的罚款：",
     "（一）未按照规定报送材料的；", "（二）提供虚假材料的；", "（三）拒绝接受监督检查的。"),
    ("申报单位应当在规定时间内提交申报材料。", "逾期未提交的，视为自动放弃。"),
)


def zh_numeral(n: int) -> str:
    """Chinese numeral of ``1 <= n <= 9999`` as laws print it: 十, 二十一, 一百零五, 一千零一."""
    if not 1 <= n <= 9999:
        raise ValueError(n)
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out.append(("零" if zero else "") + _DIGITS[digit] + unit)
            zero = False
        elif out:
            zero = True
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


def article_bodies(corpus: Path | None, limit: int = 3000) -> list[tuple[str, ...]]:
    """Article texts found in ``corpus``'s law files: each a tuple of the paragraphs after ``第N条``."""
    bodies: list[tuple[str, ...]] = []
    files = sorted((corpus / "laws").rglob("*.md")) if corpus and (corpus / "laws").is_dir() else []
    for path in files:
        if "修正案" in path.name or "决定" in path.name:  # amendment instruments quote articles
            continue
        current: list[str] | None = None
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.strip().replace("\u200b", "")
            if not line:
                continue
            match = _ARTICLE.match(line)
            if match or _BREAK.match(line):
                if current:
                    bodies.append(tuple(current))
                current = [match.group("body")] if match else None
            elif current is not None:
                current.append(line)
        if current:
            bodies.append(tuple(current))
        if len(bodies) >= limit:
            break
    return bodies[:limit] + list(FALLBACK_BODIES)


def _articles(bodies: list[tuple[str, ...]]) -> Iterator[str]:
    """Endless stream of numbered units: part, chapter and article headings in valid order."""
    part = 0
    while True:
        part += 1
        yield f"第{zh_numeral(part)}编 分则{zh_numeral(part)}\n\n"
        article = 0
        for chapter in range(1, CHAPTERS_PER_PART + 1):
            yield f"第{zh_numeral(chapter)}章 一般规定\n\n"
            for _ in range(ARTICLES_PER_CHAPTER):
                body = bodies[(part * 7919 + article) % len(bodies)]
                article += 1
                yield f"第{zh_numeral(article)}条 " + "\n\n".join(body) + "\n\n"


def synthetic_law(size: int, bodies: list[tuple[str, ...]]) -> bytes:
    """UTF-8 bytes of a law of at least ``size`` bytes (stops at the first article past it)."""
    parts = ["# 合成基准测试条例\n\n<!-- INFO END -->\n\n"]
    total = len(parts[0].encode())
    for unit in _articles(bodies):
        parts.append(unit)
        total += len(unit.encode())
        if total >= size and unit.startswith("第") and "条 " in unit[:12]:
            break
    return "".join(parts).encode("utf-8")


def numbered_articles(count: int, bodies: list[tuple[str, ...]]) -> str:
    """``count`` articles 第一条 … in one flat run (no parts or chapters), each one paragraph."""
    return "".join(f"第{zh_numeral(i)}条 {bodies[i % len(bodies)][0]}\n\n" for i in range(1, count + 1))



def single_line(size: int, law: Path) -> bytes:
    """UTF-8 bytes of ``size`` bytes (cut at a character boundary) on one line: the law file ``law``
    with its Markdown heading marks and every line break taken out, repeated (a page saved without
    line breaks, articles repeated).  polc reads it as one node the whole line long."""
    text = re.sub(r"(?m)^#+[ \t]*", "", law.read_text(encoding="utf-8"))
    flat = re.sub(r"\s*\n\s*", "", text).encode("utf-8")
    return (flat * (size // len(flat) + 1))[:size].decode("utf-8", "ignore").encode("utf-8")
