"""Generator of ``moby_client``'s bindings from the Moby Engine API specs.

Run ``python -m codegen`` to write the generated files, or
``python -m codegen --check`` to verify that they are current.
"""
