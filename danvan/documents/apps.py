from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Reports, consolidated reports, appendices and plans as Word, PDF and Excel files in the
    layout of Nghị định 30/2020/NĐ-CP."""

    name = "danvan.documents"
    label = "documents"
    verbose_name = "Văn bản"
