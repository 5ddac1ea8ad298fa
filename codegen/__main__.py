"""Entry point of ``python -m codegen``."""

from __future__ import annotations

import sys

from codegen.cli import main

sys.exit(main())
