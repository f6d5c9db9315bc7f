from enum import StrEnum
from typing import Self


class JobEngineEngineId(StrEnum):
    ENGINE_ID = "engine_id"
    IMAGE_URL = "image_url"
    HOROVOD_CP36_TF_1_16_2 = "horovod-cp36-tf-1.16.2"
    PYTORCH_CP36_1_4_0_V2 = "pytorch-cp36-1.4.0-v2"

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
