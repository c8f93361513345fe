"""The HTML pages: the analyst map at `/` and the API documentation at `/docs` (Swagger UI served
from the package, no CDN). Templates are Jinja2 with autoescaping; no page carries inline script:
the scripts are static files, configuration travels in escaped `data-` attributes."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from marsad import __version__
from marsad.api.settings import ApiSettings

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
STATIC_DIR = WEB_DIR / "static"
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(str(WEB_DIR / "templates")),
                                                  autoescape=True))

router = APIRouter(include_in_schema=False)


@router.get("/")
def index(request: Request, lang: Literal["ar", "en"] = Query("ar")) -> Response:
    settings: ApiSettings = request.app.state.settings
    return templates.TemplateResponse(request, "index.html", {
        "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "version": __version__,
        "tile_url": settings.tile_url or "", "tile_attribution": settings.tile_attribution,
    })


@router.get("/docs")
def docs(request: Request) -> Response:
    return templates.TemplateResponse(request, "docs.html", {"version": __version__})
