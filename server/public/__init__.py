"""The public pages (ticket and file status): FastAPI with server-rendered Jinja2 pages over db.public, read-only."""
