"""Kept for old imports: the error body lives in danvan/core/api.py (decision 0024)."""

from danvan.core.api import ErrorOut

__all__ = ["ErrorOut"]
