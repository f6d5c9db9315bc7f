from enum import StrEnum
from typing import Self


class TaskDetailsState(StrEnum):
    PENDING = "PENDING"
    RECOVERING = "RECOVERING"
    STARTING = "STARTING"
    UPGRADING = "UPGRADING"
    CREATE_FAILED = "CREATE_FAILED"
    START_FAILED = "START_FAILED"
    RUNNING = "RUNNING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    ABNORMAL = "ABNORMAL"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    DELETING = "DELETING"
    FREEZING = "FREEZING"
    FROZEN = "FROZEN"

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
