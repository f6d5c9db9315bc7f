from enum import StrEnum
from typing import Self


class ProcessorDataSourceSource(StrEnum):
    TYPE = "type"
    OBS = "OBS"
    SOURCE = "source"
    TASK = "TASK"
    DATASET = "DATASET"
    CUSTOM = "CUSTOM"
    PROJECT_ID = "project_id"
    PYC9H2HGV5BJNWBGXYK = "PYc9H2HGv5BJNwBGXyK"
    X6C3N3EZTX7CR3ARVQU = "X6c3N3eztX7cr3Arvqu"
    GFGHHSOKODY6AJIGS5A = "gfghHSokody6AJigS5A"
    GLNSDLQ1IAAMPGL0WON = "gLNSdlQ1iAAmPgl0Won"
    XGRRZUCV1QMMXNSMD5U = "XGrRZuCV1qmMxnsmD5u"

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
