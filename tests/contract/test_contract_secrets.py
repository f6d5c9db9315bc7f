"""No credential reaches any output of `modelarts-contract`, even when the target echoes it back.

A fake that answers every request with the request's headers puts the token, or the AK (in the signed
`Authorization`), the security token and the signatures, into every failure schemathesis and the client
report: the console, the JUnit XML and the JSON report must show none of them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from modelarts_mock import DEFAULT_PROJECT_ID
from modelarts_mock.testing import running_mock

from tests.support.contract_variants import HeaderEcho, run_contract, without_credentials

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier

TOKEN = {"MODELARTS_AUTH_TOKEN": "SuperSecretTok9876"}
AK_SK = {
    "HUAWEICLOUD_SDK_AK": "ECHOEDACCESSKEY00042",
    "HUAWEICLOUD_SDK_SK": "echoed-secret-key+/never=shown",
    "HUAWEICLOUD_SDK_SECURITY_TOKEN": "EchoedSecurityToken1234",
}


@pytest.mark.parametrize("credentials", [TOKEN, AK_SK], ids=["token", "AK/SK"])
def test_credentials_a_target_echoes_reach_no_output(credentials: dict[str, str], tmp_path: Path) -> None:
    echo = HeaderEcho()
    env = {**without_credentials(), **credentials, "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID}
    junit, report = tmp_path / "r.xml", tmp_path / "r.json"
    with running_mock(app=echo) as url:
        result = run_contract(
            "--base-url",
            url,
            "--operation",
            "ShowPool",
            "--json-report",
            str(report),
            "--junit-xml",
            str(junit),
            env=env,
            quiet=False,  # pytest's tracebacks too, where the echoed headers are printed
        )
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]  # the echo is no ModelArts: the run fails
    xml = junit.read_text(encoding="utf-8")
    junit_texts = [text for element in ET.fromstring(xml).iter() for text in (element.text or "", *element.attrib.values())]
    outputs = {"stdout": result.stdout, "stderr": result.stderr, "JUnit XML": xml, "JUnit XML, unescaped": "\n".join(junit_texts)}
    outputs["JSON report"] = report.read_text(encoding="utf-8")
    secrets = {*credentials.values(), *echo.signatures()}
    if credentials is AK_SK:
        assert echo.signatures(), "the run signed no request"
    for where, text in outputs.items():
        shown = sorted(secret for secret in secrets if secret in text)
        assert not shown, f"{where} shows {shown}"
    assert "<redacted>" in result.stdout and "<redacted>" in outputs["JUnit XML, unescaped"]  # the echoed headers did reach the failures
