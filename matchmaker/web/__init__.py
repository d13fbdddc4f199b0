"""The browser UI's files: Jinja2 page shells (``templates/``), ES modules, CSS and the en/ja
string dictionaries (``static/``). The pages are served by ``matchmaker/api/pages.py``; this
package holds no code, only where its files are.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
