"""Auth answers that must not tell an attacker anything, and inputs of the contract suite read strictly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from modelarts_contract.options import TargetError
from modelarts_contract.path_ids import read_ids_file
from modelarts_core import signing

from tests.support.mock import AK, PROJECT, SK, TOKEN, client

NOW = datetime(2026, 11, 27, 14, 25, 59, tzinfo=UTC)
QUOTAS = f"/v1/{PROJECT}/quotas"


def signed(ak: str, sk: str) -> dict[str, str]:
    headers = {"Host": "modelarts.mock", "X-Sdk-Date": signing.sdk_date(NOW)}
    names = signing.signed_header_names(headers)
    return {
        **headers,
        "Authorization": signing.authorization(ak, names, signing.compute_signature(sk, "GET", QUOTAS, [], headers, names, b"")),
    }


def test_an_unknown_access_key_and_a_wrong_signature_get_the_same_answer() -> None:
    mock = client(clock=lambda: NOW)
    mock.headers.pop("X-Auth-Token")
    unknown = mock.get(QUOTAS, headers=signed("AKNOBODYKNOWSTHIS01", SK))
    wrong = mock.get(QUOTAS, headers=signed(AK, SK + "x"))
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.content == wrong.content, (unknown.text, wrong.text)
    assert mock.get(QUOTAS, headers=signed(AK, SK)).status_code == 200  # the pair itself is good


@pytest.mark.slow
@pytest.mark.parametrize("authorization", ["garbage", "SDK-HMAC-SHA256 Access=X, SignedHeaders=host, Signature=00"])
def test_a_valid_token_with_a_bad_authorization_is_refused(authorization: str) -> None:
    response = client().get(QUOTAS, headers={"X-Auth-Token": TOKEN, "Authorization": authorization})
    assert response.status_code == 401 and TOKEN not in response.text


def test_an_ids_file_with_a_duplicate_key_is_refused_at_its_line(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("pool_name: a\nservice_id: s\npool_name: b\n", encoding="utf-8")
    with pytest.raises(TargetError) as caught:
        read_ids_file(ids)
    assert f"{ids}#/pool_name (line 3)" in str(caught.value) and "duplicate key" in str(caught.value)
