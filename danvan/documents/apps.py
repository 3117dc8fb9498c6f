from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Reports, consolidated reports, appendices and plans as Word, PDF and Excel files in the
    layout of Nghị định 30/2020/NĐ-CP."""

    name = "danvan.documents"
    label = "documents"
    verbose_name = "Văn bản"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.documents.jobs import documents_jobs_register
        from danvan.documents.layout import header_line_problem
        from danvan.orgunits.letterhead import header_line_check_register

        # The unit pages refuse header lines that would not stand on one line of a document.
        header_line_check_register(header_line_problem)
        documents_jobs_register()  # «Tải PDF» runs in the job worker
