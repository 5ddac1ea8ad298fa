"""Credentials stay out of reprs, and every public AuthConfig is accepted."""

from __future__ import annotations

import json

import pytest

from moby_client import models

SECRET = "s3cr3t-Pa55"
TOKEN = "tok-9f8e7d"


@pytest.mark.parametrize(
    ("model", "secret_field"),
    [
        (models.AuthConfig(username="me", password=SECRET), "password"),
        (models.AuthResponse(identity_token=SECRET), "identity_token"),
        (models.JoinTokens(worker=SECRET, manager=TOKEN), "worker"),
        (models.SwarmJoinTokens(worker=SECRET, manager=TOKEN), "manager"),
        (models.UnlockKeyResponse(unlock_key=SECRET), "unlock_key"),
        (models.SwarmUnlockRequest(unlock_key=SECRET), "unlock_key"),
        (models.SwarmJoinRequest(join_token=SECRET), "join_token"),
        (models.SecretSpec(name="db", data=SECRET), "data"),
    ],
)
def test_secrets_are_not_in_repr_or_str(
    model: models.MobyModel, secret_field: str
) -> None:
    assert SECRET not in repr(model)
    assert TOKEN not in repr(model)
    assert SECRET not in str(model)
    # the value is still there and still sent
    assert SECRET in json.dumps(model.to_wire())
    assert getattr(model, secret_field) in (SECRET, TOKEN)


def test_swarm_with_join_tokens_hides_them() -> None:
    swarm = models.Swarm.model_validate(
        {"ID": "s1", "JoinTokens": {"Worker": SECRET, "Manager": TOKEN}}
    )
    assert SECRET not in repr(swarm)
    assert TOKEN not in repr(swarm)
