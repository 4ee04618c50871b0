"""Documents from the photo to the claim: generated documents (tests/builders/doc_corpus.py),
photographed, read by the real OCR, and judged by the document rules as the scan stores the lines.
The full measure, on 300 documents and 1,000 photos, is benchmarks/documents.py."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.infer.documents import found_documents
from exposure.infer.evidence import REPORT_AT, Evidence
from tests.builders.doc_corpus import document, photograph
from tests.infer.cases import RULES
from tests.needs import need_rapidocr

pytestmark = pytest.mark.slow
SEEDS = range(2000, 2012)  # in turn: boarding pass, identity paper, letter, look-alike


@pytest.fixture(scope="module")
def texts() -> pd.DataFrame:
    need_rapidocr()
    from exposure.vision.text import TextReader

    reader = TextReader()
    rows = []
    for seed in SEEDS:
        for line in reader.read(photograph(document(seed), seed)):
            x0, y0, x1, y1 = line.box
            rows.append({"photo_id": str(seed), "model": "ocr", "text": line.text,
                         "score": line.score, "x0": x0, "y0": y0, "x1": x1, "y1": y1})  # fmt: skip
    return pd.DataFrame(rows)


def test_each_document_gives_its_claim_and_no_other(texts):
    empty = pd.DataFrame(columns=["photo_id", "tag", "score", "model"])
    ev = Evidence(pd.DataFrame(columns=["id"]), empty, pd.DataFrame(), pd.DataFrame(), texts=texts)
    found = {}
    for kind in ("travel", "identity", "address"):
        docs = found_documents(RULES[f"documents.{kind}"], ev)
        for pid in docs.loc[docs["score"] >= REPORT_AT, "photo_id"]:
            found.setdefault(pid, set()).add(kind)
    want = {str(s): {document(s).kind} for s in SEEDS if document(s).kind}
    assert found == want
