"""What every app's API shares, below the apps: the error body of a refused request."""

from ninja import Schema


class ErrorOut(Schema):
    detail: str
