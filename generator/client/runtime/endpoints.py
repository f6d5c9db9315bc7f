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
        expected = "expected an http(s) base URL such as https://modelarts.cn-north-4.myhuaweicloud.com (from_env: MODELARTS_ENDPOINT)"
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
    if not region:
        raise ConfigurationError(
            "no region: pass region='cn-north-4' (or endpoint='https://…'); from_env reads MODELARTS_REGION or MODELARTS_ENDPOINT"
        )
    if region not in regions:
        known = ", ".join(sorted(regions))
        raise ConfigurationError(f"unknown region {region!r}; known regions: {known}. For another region pass endpoint='https://…'")
    return regions[region]
