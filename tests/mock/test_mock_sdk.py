"""The unmodified official SDK (huaweicloudsdkmodelarts 3.1.219) against the mock over a loopback socket, with AK/SK signing.

Each response's parsed model is compared field by field with the body the mock sent: every key the
SDK's model declares must come back with the mock's value. The one place the SDK loses data is
asserted exactly (ShowPool's `status.resources.*`: the SDK declares objects, the service sends arrays).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.testing import running_mock

from tests.support.mock import AK, POOL, PROJECT, SK

TRAINING_JOB = "2cd88daa-31a4-40a8-a58f-d186b0e93e4f"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any, str]]:
    """(modelarts module, client with the right SK, the app, base URL) with the mock served on a free port."""
    home = tmp_path_factory.mktemp("home")
    saved = os.environ.get("HOME")
    os.environ["HOME"] = os.fspath(home)  # importing the SDK writes $HOME/.huaweicloud/application_id
    try:
        import huaweicloudsdkmodelarts.v1 as modelarts

        now = datetime.now(UTC)  # one clock reading: ShowPoolStatistics' operationTime is the same in both answers
        app = create_app(Settings(keys={AK: SK}, validate_responses=True, clock=lambda: now))
        with running_mock(app=app) as base_url:
            yield modelarts, build_client(modelarts, base_url, SK), app, base_url
    finally:
        if saved is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = saved


def build_client(modelarts: Any, base_url: str, sk: str) -> Any:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig

    config = HttpConfig.get_default_config()
    config.ignore_ssl_verification = True
    builder = modelarts.ModelArtsClient.new_builder().with_credentials(BasicCredentials(AK, sk, PROJECT))
    return builder.with_endpoint(base_url).with_http_config(config).build()


# (SDK method, request class, request arguments, operationId, the store key of the resource)
CALLS = [
    ("show_pool", "ShowPoolRequest", {"pool_name": POOL}, "ShowPool", (POOL,)),
    ("show_pool_monitor", "ShowPoolMonitorRequest", {"pool_name": POOL, "period": "300"}, "ShowPoolMonitor", (POOL,)),
    ("show_pool_statistics", "ShowPoolStatisticsRequest", {"workspace_id": "0"}, "ShowPoolStatistics", ()),
    ("show_pool_tags", "ShowPoolTagsRequest", {"pool_name": POOL}, "ShowPoolTags", (POOL,)),
    ("show_plugin_template", "ShowPluginTemplateRequest", {"plugintemplate_name": "npu-driver"}, "ShowPluginTemplate", ("npu-driver",)),
    ("show_os_quota", "ShowOsQuotaRequest", {}, "ShowOsQuota", ()),
    ("show_os_config", "ShowOsConfigRequest", {}, "ShowOsConfig", ()),
    ("show_search_algorithms", "ShowSearchAlgorithmsRequest", {}, "ShowSearchAlgorithms", ()),
    (
        "show_save_image_job",
        "ShowSaveImageJobRequest",
        {"training_job_id": TRAINING_JOB, "task_id": "worker-0"},
        "ShowSaveImageJob",
        (TRAINING_JOB, "worker-0"),
    ),
    ("show_pool_runtime_metrics", "ShowPoolRuntimeMetricsRequest", {}, "ShowPoolRuntimeMetrics", ()),
]


def differences(model: Any, wire: Any, pointer: str = "") -> tuple[list[str], int]:
    """Where the SDK's parsed value differs from what was sent, for every key the SDK's model knows; and how many leaves matched."""
    if hasattr(model, "openapi_types") and hasattr(model, "attribute_map"):
        if not isinstance(wire, dict):
            return [f"{pointer}: the SDK parsed a {type(model).__name__}, the mock sent a {type(wire).__name__}"], 0
        found, matched = [], 0
        for attr, key in model.attribute_map.items():
            if key in wire:
                more, count = differences(getattr(model, attr), wire[key], f"{pointer}/{key}")
                found, matched = found + more, matched + count
        return found, matched
    if isinstance(wire, list):
        if not isinstance(model, list) or len(model) != len(wire):
            return [f"{pointer}: the SDK has {model!r}, the mock sent a list of {len(wire)}"], 0
        found, matched = [], 0
        for index, (m, w) in enumerate(zip(model, wire, strict=True)):
            more, count = differences(m, w, f"{pointer}/{index}")
            found, matched = found + more, matched + count
        return found, matched
    if isinstance(wire, dict):
        if not isinstance(model, dict) or set(model) != set(wire):
            return [f"{pointer}: the SDK has {model!r}, the mock sent {wire!r}"], 0
        found, matched = [], 0
        for key in wire:
            more, count = differences(model[key], wire[key], f"{pointer}/{key}")
            found, matched = found + more, matched + count
        return found, matched
    # The SDK turns numbers sent for its str fields into text (e.g. quota 15 → "15"): same value, parsed.
    same = model == wire or (isinstance(model, str) and not isinstance(wire, str | bool) and model == str(wire))
    return ([] if same else [f"{pointer}: the SDK has {model!r}, the mock sent {wire!r}"]), int(same)


def call(sdk: tuple[Any, Any, Any, str], method: str, request_class: str, arguments: dict[str, Any]) -> Any:
    modelarts, client, _, _ = sdk
    return getattr(client, method)(getattr(modelarts, request_class)(**arguments))


@pytest.mark.parametrize(("method", "request_class", "arguments", "op_id", "key"), CALLS, ids=[c[0] for c in CALLS])
def test_official_sdk_parses_every_field_it_knows(
    sdk: tuple[Any, Any, Any, str], method: str, request_class: str, arguments: dict[str, Any], op_id: str, key: tuple[str, ...]
) -> None:
    response = call(sdk, method, request_class, arguments)
    names = {"pool_name": POOL, "plugintemplate_name": "npu-driver", "training_job_id": TRAINING_JOB, "task_id": "worker-0"}
    path = {name: value for name, value in names.items() if value in key}
    # the SDK's snake_case argument → the wire's query parameter
    query = {{"workspace_id": "workspaceId"}.get(k, k): v for k, v in arguments.items() if k not in names}
    sent = sdk[2].state.mock.answer(op_id, path=path, query=query)
    found, matched = differences(response, sent)
    if op_id == "ShowPoolTags":
        # 204: requests (under the SDK) never reads a 204's body, so the SDK returns no tags; the mock did send them.
        assert response.status_code == 204
        assert response.tags is None
        assert found == ["/tags: the SDK has None, the mock sent a list of 1"]
        return
    assert response.status_code == 200
    if op_id == "ShowPool":
        # The SDK declares status.resources.available as one PoolResourceFlavorCount; the service (and the
        # manual's example) sends a list of them. The SDK silently yields an empty object: flavor and count lost.
        # The evidence fields (dataVolumes, volumeGroupConfigs…) are lists the SDK also declares as single objects.
        assert "/status/resources/available: the SDK parsed a PoolResourceFlavorCount, the mock sent a list" in found
        assert all(re.fullmatch(r"/[\w/]+: the SDK parsed a \w+, the mock sent a list", line) for line in found), found
        lost = response.status.resources.available
        assert (lost.flavor, lost.count, lost.azs) == (None, None, None)
        assert sent["status"]["resources"]["available"][0]["flavor"] == "modelarts.vm.cpu.4ud"
    else:
        assert found == []
    assert matched >= 3  # the comparison really walked the body


def test_the_comparison_catches_a_difference(sdk: tuple[Any, Any, Any, str]) -> None:
    response = call(sdk, "show_os_config", "ShowOsConfigRequest", {})
    sent = dict(sdk[2].state.mock.answer("ShowOsConfig"), networkQuota=16)
    assert differences(response, sent)[0] == ["/networkQuota: the SDK has 15, the mock sent 16"]


def test_wrong_secret_key_gets_401(sdk: tuple[Any, Any, Any, str]) -> None:
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

    modelarts, _, _, base_url = sdk
    wrong = build_client(modelarts, base_url, SK + "x")
    with pytest.raises(ClientRequestException) as caught:
        wrong.show_pool(modelarts.ShowPoolRequest(pool_name=POOL))
    assert caught.value.status_code == 401
    assert caught.value.error_code == "ModelArts.0203"


def test_unknown_pool_is_the_sdks_404(sdk: tuple[Any, Any, Any, str]) -> None:
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

    modelarts, client, _, _ = sdk
    with pytest.raises(ClientRequestException) as caught:
        client.show_pool(modelarts.ShowPoolRequest(pool_name="no-such-pool-0000000000000000000000000000"))
    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (404, "ModelArts.50015001", "pool not found")
