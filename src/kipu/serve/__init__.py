"""The analysts' web app and REST API (FastAPI, server-rendered pages, no third-party JS).

``create_app(db_url)`` builds the application; ``kipu serve`` and ``kipu demo``
run it with uvicorn.
"""

from kipu.serve.app import create_app

__all__ = ["create_app"]
