"""Benchmarks of moby_client against docker-py, aiodocker and raw socket clients.

Run them with ``scripts/bench.sh`` or ``python -m benchmarks``; results land in
``docs/benchmarks.md`` and ``docs/benchmarks.png`` with ``--write-docs``.
"""
