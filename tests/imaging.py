"""Helpers shared by the UI tests."""

import numpy as np
from PySide6.QtGui import QImage


def non_blank(img: QImage) -> bool:
    """True when the image shows something: its colours vary (a blank grab is one flat colour)."""
    img = img.convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return arr[..., :3].std() > 3.0
