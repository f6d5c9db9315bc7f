"""Settings from the environment, then from the official SDK's profile file, for `ModelArts.from_env()`.

Read in this order (the official SDK's names, so its users need no new set-up):
  credentials  HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_SECURITY_TOKEN), else
               MODELARTS_AUTH_TOKEN, else `ak`/`sk`/`security_token` in the [basic] section of the
               profile file (HUAWEICLOUD_SDK_CREDENTIALS_FILE, default ~/.huaweicloud/credentials)
  project id   HUAWEICLOUD_SDK_PROJECT_ID, else `project_id` in the profile's [basic] section
  where        MODELARTS_ENDPOINT, else MODELARTS_REGION (both set: the endpoint wins, and a warning says so)
The profile file is read only when the environment lacks the project id or the credentials; a file
named by HUAWEICLOUD_SDK_CREDENTIALS_FILE must be readable.
What is missing raises one ConfigurationError naming every variable to set, not one per run.
"""

from __future__ import annotations

import configparser
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from .auth import AkSkAuth, TokenAuth
from .endpoints import region_env_name
from .errors import ConfigurationError

log = logging.getLogger("modelarts_core")

AK = "HUAWEICLOUD_SDK_AK"
SK = "HUAWEICLOUD_SDK_SK"
PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID"
SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"
CREDENTIALS_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"
TOKEN = "MODELARTS_AUTH_TOKEN"
REGION = "MODELARTS_REGION"
ENDPOINT = "MODELARTS_ENDPOINT"
PROFILE_SECTION = "basic"  # huaweicloudsdkcore's ProfileCredentialProvider for regional services


@dataclass(frozen=True)
class EnvSettings:
    region: str | None
    endpoint: str | None
    project_id: str
    auth: httpx.Auth


def from_environment(
    environ: Mapping[str, str] | None = None, home: Path | None = None, regions: Mapping[str, str] | None = None
) -> EnvSettings:
    """The settings `from_env()` reads; `regions` (the client's table) lets an unknown MODELARTS_REGION be named."""
    env = os.environ if environ is None else environ
    explicit = bool(env.get(CREDENTIALS_FILE))
    profile_path = Path(env[CREDENTIALS_FILE]) if explicit else (home or Path.home()) / ".huaweicloud" / "credentials"
    region, endpoint = _where(env, regions)
    problems = (
        []
        if region or endpoint
        else [f"no region: set {REGION} (e.g. cn-north-4) or {ENDPOINT} (e.g. https://modelarts.cn-north-4.myhuaweicloud.com)"]
    )
    if isinstance(region, ConfigurationError):
        problems, region = [str(region)], None
    project_id, auth = env.get(PROJECT_ID), _env_auth(env)
    # Like the official SDK's provider chain, the profile is read only for what the environment lacks:
    # a broken or unreadable file must not fail a complete environment.
    profile = _read_profile(profile_path, explicit) if not (project_id and auth) else {}
    project_id = project_id or profile.get("project_id")
    if not project_id:
        problems.append(f"no project id: set {PROJECT_ID} (or project_id under [{PROFILE_SECTION}] in {profile_path})")
    if auth is None:
        try:
            auth = _profile_auth(profile, profile_path)
        except ConfigurationError as exc:
            problems.append(str(exc))
    if problems or auth is None or not project_id:
        raise ConfigurationError("; ".join(problems))
    return EnvSettings(region, endpoint, project_id, auth)


def _where(env: Mapping[str, str], regions: Mapping[str, str] | None) -> tuple[str | ConfigurationError | None, str | None]:
    region, endpoint = env.get(REGION) or None, env.get(ENDPOINT) or None
    if region and endpoint:
        # A region in a shell profile must not block an endpoint set for one run: the more specific one wins.
        log.warning("%s=%s wins over %s=%s: the client calls the endpoint", ENDPOINT, endpoint, REGION, region)
        return None, endpoint
    if region and regions is not None and region not in regions and not env.get(region_env_name(region)):
        known = ", ".join(sorted(regions))
        return ConfigurationError(
            f"unknown region {REGION}={region!r}; known regions: {known}. For another region set {ENDPOINT}=https://…"
        ), None
    return region, endpoint


def _env_auth(env: Mapping[str, str]) -> httpx.Auth | None:
    ak, sk = env.get(AK), env.get(SK)
    if ak or sk:
        if not (ak and sk):
            raise ConfigurationError(f"{AK if ak else SK} is set but {SK if ak else AK} is not: set both")
        return AkSkAuth(ak, sk, security_token=env.get(SECURITY_TOKEN) or None)
    if env.get(TOKEN):
        return TokenAuth(env[TOKEN])
    return None


def _profile_auth(profile: Mapping[str, str], profile_path: Path) -> httpx.Auth:
    ak, sk = profile.get("ak"), profile.get("sk")
    if ak and sk:
        return AkSkAuth(ak, sk, security_token=profile.get("security_token") or None)
    if ak or sk or profile.get("idp_id"):
        raise ConfigurationError(
            f"[{PROFILE_SECTION}] in {profile_path} needs both ak and sk (federated idp_id profiles are not supported)"
        )
    raise ConfigurationError(
        f"no credentials: set {AK} and {SK} (AK/SK signing) or {TOKEN} (IAM token), or put ak and sk under [{PROFILE_SECTION}] in {profile_path}"
    )


def _read_profile(path: Path, explicit: bool) -> dict[str, str]:
    """The [basic] section of the profile file as the official SDK reads it (configparser, UTF-8).

    {} if the default file is absent; a file named by HUAWEICLOUD_SDK_CREDENTIALS_FILE must exist.
    """
    if not explicit and not path.is_file():
        return {}
    parser = configparser.ConfigParser(interpolation=None)
    try:
        # read_file, not read: read() silently skips a file it cannot open (missing, permission denied)
        with open(path, encoding="utf-8") as file:
            parser.read_file(file)
    except OSError as exc:
        named = f" (named by {CREDENTIALS_FILE})" if explicit else ""
        raise ConfigurationError(f"cannot read {path}{named}: {exc.strerror or type(exc).__name__}") from None
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: not a credentials file ({type(exc).__name__})") from None
    if not parser.has_section(PROFILE_SECTION):
        return {}
    return dict(parser.items(PROFILE_SECTION))
