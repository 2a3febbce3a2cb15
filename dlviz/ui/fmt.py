"""Numbers and durations as the interface writes them (one copy for every panel)."""

from __future__ import annotations

import math


def number(v: float, decimals: int = 3, sign: bool = True) -> str:
    """``v`` with ``decimals`` decimals and a real minus sign ("−0.125"); "0.000" for a
    value that rounds to zero either way; very small or large values in e-notation; "—"
    for NaN or infinity."""
    if v is None or not math.isfinite(v):
        return "—"
    if v != 0 and (abs(v) < 10 ** -decimals / 2 or abs(v) >= 1e6):
        text = f"{v:.{max(1, decimals - 1)}e}"
    else:
        text = f"{v:.{decimals}f}"
        if float(text) == 0:
            text = text.lstrip("-")
    return text.replace("-", "−") if sign else text


def short(v: float, decimals: int = 4) -> str:
    """Up to ``decimals`` decimals with trailing zeros dropped ("0.5", "−1.25", "3")."""
    text = number(v, decimals)
    if "." in text and "e" not in text:
        text = text.rstrip("0").rstrip(".")
    return text


def duration(seconds: float | None) -> str:
    """"mm:ss", or "h:mm:ss" from an hour on; "--:--" when unknown."""
    if seconds is None or not math.isfinite(seconds):
        return "--:--"
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"
