from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "danvan.accounts"
    label = "accounts"
    verbose_name = "Người dùng và vai trò"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from django.contrib.auth import get_user_model

        from danvan.accounts.models import ApiToken, LoginLockout, RoleGrant
        from danvan.audit.recorder import audit_register

        audit_register(get_user_model(), exclude={"last_login"})
        audit_register(RoleGrant, unit_path=lambda grant: grant.unit.path)
        audit_register(ApiToken, exclude={"last_used_at"})
        # Every lock-out and its lifting is in the audit trail (accounts/throttle.py).
        audit_register(LoginLockout)
