"""Base URL of a region, or a custom endpoint. The region table is rendered from the spec's `servers`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .errors import ConfigurationError


def base_url(regions: Mapping[str, str], region: str | None = None, endpoint: str | None = None) -> str:
    """`https://modelarts.{region}.myhuaweicloud.com` (from `regions`), or `endpoint` as given."""
    if region and endpoint:
        raise ConfigurationError("pass either region or endpoint, not both (from_env: MODELARTS_REGION or MODELARTS_ENDPOINT)")
    if endpoint:
        url = httpx.URL(endpoint)
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(
                f"endpoint must be an http(s) URL such as https://modelarts.cn-north-4.myhuaweicloud.com, got {endpoint!r}"
            )
        return str(url).rstrip("/")
    if not region:
        raise ConfigurationError(
            "no region: pass region='cn-north-4' (or endpoint='https://…'); from_env reads MODELARTS_REGION or MODELARTS_ENDPOINT"
        )
    if region not in regions:
        known = ", ".join(sorted(regions))
        raise ConfigurationError(f"unknown region {region!r}; known regions: {known}. For another region pass endpoint='https://…'")
    return regions[region]
