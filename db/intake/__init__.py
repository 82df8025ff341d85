"""File intake: applicants, the requirement checklist, registration or return, and tracking through the SOP."""
