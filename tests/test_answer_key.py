"""The numeric clauses of the seeds against the hand-made answer key (tests/answer_key/README.md)."""
import json

from accuracy import KEY, score
from polc.pipeline import compile_source
from accuracy import SEEDS


def test_money_and_percent_recall_and_precision_with_bounds_are_at_least_97_percent() -> None:
    result = score()
    assert result.keyed >= 100
    assert result.recall >= 0.97, (result.misses, result.wrong)
    assert result.precision >= 0.97, result.extra


def test_signing_dates_and_deadlines_of_003_are_right_and_the_typo_is_reported() -> None:
    path = SEEDS / "003_00e0f4675e6c9239.txt"
    compiled = compile_source(path.name, path.read_bytes())
    (doc,) = compiled.documents
    found = {tuple(c["span"]): c for node in _walk(doc["body"]) for c in node["clauses"] if c["type"] == "date"}
    key = [json.loads(line) for line in (KEY / "dates_003.jsonl").read_text(encoding="utf-8").splitlines()]
    for entry in key:
        clause = next((c for span, c in found.items() if span[0] < entry["span"][1] and entry["span"][0] < span[1]),
                      None)
        assert clause is not None, entry["text"]
        assert (clause["value"], clause["role"]) == (entry["value"], entry["role"]), entry["text"]
    typo = [d for d in doc["diagnostics"] if d["code"] == "date-typo"]
    assert len(typo) == 1 and typo[0]["severity"] == "warning"
    assert path.read_text(encoding="utf-8")[slice(*typo[0]["span"])].startswith("2022为1月30日")


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])
