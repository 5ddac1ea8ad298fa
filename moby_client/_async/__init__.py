# Async source: moby_client/_sync/__init__.py is derived from it.
