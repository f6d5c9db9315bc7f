"""Facts about the curated spec itself: the operations the issue lists, auth, servers, examples, deviations."""

from __future__ import annotations

from modelarts_spec.openapi import operations, walk_openapi

EXPECTED = {
    "ShowServiceSpecifications": "/v1/{project_id}/services/specifications",
    "ShowServiceMonitorInfo": "/v1/{project_id}/services/{service_id}/monitor",
    "ShowServiceEvents": "/v1/{project_id}/services/{service_id}/events",
    "ShowService": "/v1/{project_id}/services/{service_id}",
    "ShowSearchAlgorithms": "/v2/{project_id}/search-algorithms",
    "ShowSaveImageJob": "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/save-image-job",
    "ShowPoolTags": "/v1/{project_id}/pools/{pool_name}/tags",
    "ShowPoolStatistics": "/v2/{project_id}/statistics/pools",
    "ShowPoolRuntimeMetrics": "/v2/{project_id}/metrics/runtime/pools",
    "ShowPoolMonitor": "/v2/{project_id}/pools/{pool_name}/monitor",
    "ShowPool": "/v2/{project_id}/pools/{pool_name}",
    "ShowPluginTemplate": "/v1/{project_id}/plugintemplates/{plugintemplate_name}",
    "ShowOsQuota": "/v1/{project_id}/quotas",
    "ShowOsConfig": "/v1/{project_id}/os-user-config",
    "ShowObsUrlOfTrainingJobLogs": "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url",
}


def test_the_fifteen_operations_of_the_excerpt(spec_doc) -> None:  # type: ignore[no-untyped-def]
    """The excerpt's operations keep their paths and stay the ones the excerpt documents, among all the others."""
    ops = {op.operation_id: op for op in operations(spec_doc.data)}
    assert {name: ops[name].path for name in EXPECTED} == EXPECTED
    assert {ops[name].method for name in EXPECTED} == {"get"}
    by_excerpt = {name for name, op in ops.items() if any(e.get("source") == "manual" for e in op.data.get("x-documented-by", []))}
    assert by_excerpt == set(EXPECTED)


def test_every_operation_declares_both_auth_schemes_itself(spec_doc) -> None:  # type: ignore[no-untyped-def]
    for op in operations(spec_doc.data):
        assert op.data["security"] == [{"iamToken": []}, {"akskSignature": []}], op.operation_id
    schemes = spec_doc.data["components"]["securitySchemes"]
    assert schemes["iamToken"]["name"] == "X-Auth-Token"
    assert schemes["akskSignature"]["x-signing-algorithm"] == "SDK-HMAC-SHA256"


def test_servers_cover_the_regions_and_the_cn_exception(spec_doc) -> None:  # type: ignore[no-untyped-def]
    regional, hong_kong = spec_doc.data["servers"]
    regions = regional["variables"]["region"]["enum"]
    assert len(regions) == 21 and "cn-north-4" in regions and "ap-southeast-1" not in regions
    assert hong_kong["url"] == "https://modelarts.ap-southeast-1.myhuaweicloud.cn"


def test_every_manual_example_is_attached_verbatim(spec_doc, tables_doc) -> None:  # type: ignore[no-untyped-def]
    spec = spec_doc.data
    ops = {op.operation_id: op for op in operations(spec)}
    attached = 0
    for section in tables_doc.data["sections"]:
        for example in section.get("examples", []):
            op = ops[section["operation"]]
            response = op.data["responses"][str(example["status"])]
            media = response["content"]["application/json"]
            values = [media.get("example")] + [e["value"] for e in (media.get("examples") or {}).values()]
            assert example["body"] in values, (section["operation"], example["status"])
            attached += 1
    assert attached == 16


def test_deviations_record_the_manuals_contradictions(spec_doc) -> None:  # type: ignore[no-untyped-def]
    deviations = [(pointer, value) for key, value, pointer, _ in walk_openapi(spec_doc.data, "") if key == "x-doc-deviation"]
    assert len(deviations) > 10
    where = " ".join(pointer for pointer, _ in deviations)
    for expected in (
        "pooHighAvailable",
        "poolHighAvailable",
        "logs~1url/get/parameters/3",
        "/responses/204",
        "PoolStatusResources",
        "ResourceQuota",
        "SaveImageJob",
    ):
        assert expected in where, expected
