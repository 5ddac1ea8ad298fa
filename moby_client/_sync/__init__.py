# Derived from moby_client/_async/__init__.py by codegen/unasync.py; do not edit.
