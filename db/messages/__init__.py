"""Messages to applicants: queued with their cause (outbox), sent by a worker through the office's gateway."""
