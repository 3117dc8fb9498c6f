"""What the task queue's worker calls: the job's id is all the queue carries."""

from danvan.jobs.services import job_execute


def job_run(job_id: int) -> str:
    return job_execute(job_id=job_id)
