class DomainError(Exception):
    """A refusal the user should read: ``message`` is Vietnamese and says what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
