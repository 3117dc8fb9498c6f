from django.db import models


class SignatureBlock(models.Model):
    """Who signs a document and who receives it (Nghị định 30/2020): "KT. TRƯỞNG BAN /
    PHÓ TRƯỞNG BAN / name", and the "Nơi nhận" list, one recipient a line."""

    signer_authority = models.CharField("quyền hạn ký", max_length=60, blank=True)
    # The head's title after the authority ("TRƯỞNG BAN" in "KT. TRƯỞNG BAN").
    signer_authority_title = models.CharField("chức vụ người đứng đầu", max_length=100, blank=True)
    signer_title = models.CharField("chức vụ người ký", max_length=100, blank=True)
    signer_name = models.CharField("người ký", max_length=100, blank=True)
    recipients = models.TextField("nơi nhận", blank=True)

    class Meta:
        abstract = True
