from enum import StrEnum
from typing import Self


class WorkPathPath(StrEnum):
    TYPE = "type"
    OBS = "OBS"
    SOURCE = "source"
    DATASET = "DATASET"
    PYC9H2HGV5BJNWBGXYK = "PYc9H2HGv5BJNwBGXyK"
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
