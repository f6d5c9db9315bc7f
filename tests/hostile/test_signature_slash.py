"""Decision 0013: an AK/SK signature covers the decoded path, as the official signer computes it, so a signature
made for `<id>%2Fevents` also holds for `<id>/events`. The mock does what the gateway must do to accept the
official SDK's signatures; these tests pin that, and that routing still keeps `%2F` inside its segment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from modelarts_core import signing

from tests.support.mock import AK, PROJECT, SK, client

NOW = datetime(2026, 11, 27, 14, 25, 59, tzinfo=UTC)
HOST = "modelarts.mock"
SERVICE = "s-1"
ENCODED = f"/v1/{PROJECT}/services/{SERVICE}%2Fevents"  # ShowService of a service named "s-1/events"
PLAIN = f"/v1/{PROJECT}/services/{SERVICE}/events"  # ShowServiceEvents of service s-1


@pytest.fixture(autouse=True)
def _sdk_home(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))


def signed_for(path: str) -> dict[str, str]:
    headers = {"Host": HOST, "X-Sdk-Date": signing.sdk_date(NOW)}
    names = signing.signed_header_names(headers)
    signature = signing.compute_signature(SK, "GET", path, [], headers, names, b"")
    return {**headers, "Authorization": signing.authorization(AK, names, signature)}


def test_the_canonical_uri_of_an_encoded_slash_is_the_plain_path() -> None:
    assert signing.canonical_uri(ENCODED) == signing.canonical_uri(PLAIN)


def test_the_official_signer_signs_both_paths_the_same() -> None:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    def official(path: str) -> str:
        request = SdkRequest(
            method="GET",
            schema="http",
            host=HOST,
            resource_path=path,
            query_params=[],
            body="",
            header_params={"Host": HOST, "X-Sdk-Date": signing.sdk_date(NOW)},
        )
        return str(BasicCredentials(AK, SK, PROJECT).sign_request(request).header_params["Authorization"])

    assert official(ENCODED) == official(PLAIN)


def test_the_mock_verifies_like_the_gateway_and_routes_the_encoded_slash_inside_its_segment() -> None:
    mock = client(clock=lambda: NOW)
    mock.headers.pop("X-Auth-Token")
    headers = signed_for(ENCODED)
    encoded = mock.get(ENCODED, headers=headers)
    assert encoded.status_code == 404 and "s-1/events" in encoded.json()["error_msg"]  # ShowService of "s-1/events"
    assert mock.get(PLAIN, headers=headers).status_code != 401  # the same signature holds for the plain path
