"""The queue: ticket numbering, calling with the priority rule, the counters' workflow and the hall's view."""
