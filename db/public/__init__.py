"""The public's window: a ticket's place in the queue and a file's progress, read-only, behind unguessable links."""
