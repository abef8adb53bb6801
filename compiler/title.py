"""Choose a document's title from its header nodes."""
from __future__ import annotations

import re

from .model import Node

_TITLE_END = re.compile(r"(指南|办法|通知|方案|细则|规定|意见|决定|计划|措施|条例|纲要|规划|清单|通报|批复|函|法|规则|解释)"
                        r"\s*([(（][^()（）]{1,12}[)）])?$")
_STATUS_LINE = re.compile(r"^[(（](征求意见稿|试行|暂行|草案|送审稿)[)）]$")
_NOT_TITLE = re.compile(r"^(---|<!--|[a-z_]+\s*:)|〔\d{4}〕|文件$|^\d{4}")
_LEVEL_TAG = re.compile(r"^【[^】]{1,12}】")


def choose_title(nodes: list[Node], fallback: str) -> str:
    """The title lines of the header, joined: 关于…（征求意见稿）; else the first plausible header line."""
    lines = [n.text for n in nodes if n.kind == "header"]
    for i, line in enumerate(lines):
        if _TITLE_END.search(line) and not _NOT_TITLE.search(line):
            start = i
            while start > 0 and _continues_title(lines[start - 1]):
                start -= 1
            end = i + 1
            if end < len(lines) and _STATUS_LINE.match(lines[end]):
                end += 1
            return _LEVEL_TAG.sub("", "".join(lines[start:end]))
    plausible = [line for line in lines if not _NOT_TITLE.search(line)]
    return _LEVEL_TAG.sub("", plausible[0]) if plausible else fallback


def _continues_title(line: str) -> bool:
    return (not _NOT_TITLE.search(line) and not _TITLE_END.search(line)
            and len(line) <= 30 and line[-1] not in "。；;:：，,")
