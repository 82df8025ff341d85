"""loket-server: the regency's central sync server (FastAPI on uvicorn, PostgreSQL)."""
