from danvan.accounts.access import access_has_role
from danvan.accounts.models import Role


def navigation(request):
    """What the menu shows; pages themselves still check access on their own."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"is_admin": access_has_role(user, [Role.QUAN_TRI])}
