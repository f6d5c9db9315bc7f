"""Base URL of a region, or a custom endpoint. The region table is rendered from the spec's `servers`.

As in the official SDK (huaweicloudsdkcore's EnvRegionProvider for service "MODELARTS"), the environment
variable HUAWEICLOUD_SDK_REGION_MODELARTS_<REGION> (region id upper-cased, `-` → `_`) overrides a region's
endpoint, for any region id, listed or not; of a comma-separated list, the first endpoint is used.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from .errors import ConfigurationError

REGION_ENV_PREFIX = "HUAWEICLOUD_SDK_REGION_MODELARTS_"


def region_env_name(region: str) -> str:
    return REGION_ENV_PREFIX + region.replace("-", "_").upper()


def base_url(
    regions: Mapping[str, str], region: str | None = None, endpoint: str | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """`https://modelarts.{region}.myhuaweicloud.com` (from `regions` or the region's environment variable), or `endpoint`."""
    if region and endpoint:
        raise ConfigurationError("pass either region or endpoint, not both (from_env: MODELARTS_REGION or MODELARTS_ENDPOINT)")
    if region and not endpoint:
        override = (os.environ if environ is None else environ).get(region_env_name(region), "").split(",")[0].strip()
        if override:
            return _checked(override, f"(from {region_env_name(region)})")
    if endpoint:
        return _checked(endpoint, "(from_env: MODELARTS_ENDPOINT)")
    if not region:
        raise ConfigurationError(
            "no region: pass region='cn-north-4' (or endpoint='https://…'); from_env reads MODELARTS_REGION or MODELARTS_ENDPOINT"
        )
    if region not in regions:
        known = ", ".join(sorted(regions))
        raise ConfigurationError(f"unknown region {region!r}; known regions: {known}. For another region pass endpoint='https://…'")
    return regions[region]


def _checked(endpoint: str, source: str) -> str:
    expected = f"expected an http(s) base URL such as https://modelarts.cn-north-4.myhuaweicloud.com {source}"
    try:
        url = httpx.URL(endpoint)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"endpoint {endpoint!r} is not a valid URL ({exc}); {expected}") from None
    if url.userinfo:  # said without echoing the URL: it holds a password
        raise ConfigurationError(f"the endpoint must not carry credentials (user:password@host): pass auth=… instead; {expected}")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"endpoint {endpoint!r}: {expected}")
    # httpx would merge a base URL's query into every request (and drop a fragment): refuse both.
    # An unencoded ? or # always starts them, even when empty ("https://host?").
    if "?" in endpoint or "#" in endpoint:
        raise ConfigurationError(f"endpoint {endpoint!r} has a query or fragment; {expected}, without a query or fragment")
    return str(url).rstrip("/")
