"""The web API and the analyst map (`marsad serve`): FastAPI over the event store.

    app = create_app("marsad.db")          # or a database URL, or None for the configured one
    uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from marsad.api.app import create_app
from marsad.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
