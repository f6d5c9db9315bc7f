from enum import StrEnum
from typing import Self


class ResourceRequirementRequestKey(StrEnum):
    FLAVOR_TYPE = "flavor_type"
    CPU = "CPU"
    GPU = "GPU"
    DEVICE_DISTRIBUTED_MODE = "device_distributed_mode"
    MULTIPLE = "multiple"
    SINGULAR = "singular"
    HOST_DISTRIBUTED_MODE = "host_distributed_mode"

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
