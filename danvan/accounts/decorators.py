import functools

from django.contrib.auth.decorators import login_required

from danvan.accounts.access import access_require_role


def role_required(*roles):
    """Logged in and holding one of ``roles`` somewhere (403 otherwise). Which units the
    user may touch is still decided per object by the access gate."""

    def decorator(view):
        @login_required
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            access_require_role(request.user, roles)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
