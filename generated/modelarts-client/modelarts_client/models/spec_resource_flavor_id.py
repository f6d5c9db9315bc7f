from enum import StrEnum
from typing import Self


class SpecResourceFlavorId(StrEnum):
    MODELARTS_POOL_VISUAL_XLARGE = "modelarts.pool.visual.xlarge"
    MODELARTS_POOL_VISUAL_2XLARGE = "modelarts.pool.visual.2xlarge"
    MODELARTS_POOL_VISUAL_4XLARGE = "modelarts.pool.visual.4xlarge"
    MODELARTS_POOL_VISUAL_8XLARGE = "modelarts.pool.visual.8xlarge"
    MODELARTS_POOL_VISUAL_16XLARGE = "modelarts.pool.visual.16xlarge"
    MODELARTS_P3_LARGE_PUBLIC_FREE = "modelarts.p3.large.public.free"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value this client does not know yet: keep it as a pseudo-member rather than fail the call.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
