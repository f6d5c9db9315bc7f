"""The HTML reference shows where evidence-backed fields come from, escaped like every other text of the spec."""

from __future__ import annotations

import copy
import re

import pytest
from modelarts_spec.loader import load_openapi

from generator.publish import reference
from tests.support import SPEC


@pytest.mark.slow
def test_rows_show_their_sources_and_the_page_lists_them() -> None:
    page = reference.render(load_openapi(str(SPEC)).data)
    row = re.search(r"<td class=\"name\"[^>]*>spec\.network\.vpcId</td>.*?</tr>", page, re.S)
    assert row is not None
    assert "seen in <code>huaweicloud/terraform-provider-huaweicloud</code>" in row.group(0)
    assert "resource_huaweicloud_modelarts_resource_pool.go:1246@" in row.group(0)
    assert re.search(r"<li><code>hammershock/modelart-cli</code>: \d+ places</li>", page)
    # several operations take a workspaceId: the one the CLI reads is ShowPoolRuntimeMetrics'
    rows = re.findall(r"<td class=\"name\">workspaceId</td><td>query</td>.*?</tr>", page, re.S)
    assert any("seen in <code>hammershock/modelart-cli</code>" in row for row in rows)


@pytest.mark.slow
def test_evidence_text_is_escaped() -> None:
    spec = copy.deepcopy(load_openapi(str(SPEC)).data)
    network = spec["components"]["schemas"]["PoolNetwork"]["properties"]["vpcId"]
    network["x-evidence"] = [{"source": "<b>x</b>", "at": "a.go:1@abc", "expression": '"><script>alert(1)</script>'}]
    page = reference.render(spec)
    assert "<script>alert(1)" not in page and "<b>x</b>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page
