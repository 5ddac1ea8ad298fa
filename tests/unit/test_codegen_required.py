"""codegen.required: which response fields are typed as always present."""

from __future__ import annotations

import pytest

from codegen.corrections import apply_model_corrections
from codegen.operations import BodyInfo, OperationInfo
from codegen.required import required_fields, response_only_models
from codegen.schema import FieldInfo, ModelInfo, ModelSet
from codegen.types import TypeExpr

STR = TypeExpr("prim", "str")


def _field(wire: str, versions: dict[int, bool], nullable: bool = False) -> FieldInfo:
    return FieldInfo(
        wire,
        types={v: STR for v in versions},
        required=dict(versions),
        nullable={v: nullable for v in versions},
    )


def _models() -> ModelSet:
    answer = ModelInfo("Answer", True, {40, 41})
    answer.fields = {
        "Id": _field("Id", {40: True, 41: True}),
        "Late": _field("Late", {40: False, 41: True}),
        "Maybe": _field("Maybe", {40: True, 41: True}, nullable=True),
        "Tags": FieldInfo(
            "Tags",
            types={40: TypeExpr("list", args=(STR,)), 41: TypeExpr("list", args=(STR,))},
            required={40: True, 41: True},
        ),
    }
    shared = ModelInfo("Shared", True, {40, 41})
    shared.fields = {"Name": _field("Name", {40: True, 41: True})}
    answer.fields["Shared"] = FieldInfo(
        "Shared", types={40: TypeExpr("ref", "Shared"), 41: TypeExpr("ref", "Shared")}
    )
    return {"Answer": answer, "Shared": shared}


def _operations() -> list[OperationInfo]:
    get = OperationInfo("GET", "/a", "AnswerGet")
    get.success_types = {41: TypeExpr("ref", "Answer")}
    put = OperationInfo("PUT", "/s", "SharedPut")
    put.body = BodyInfo("body", "model", types={41: TypeExpr("ref", "Shared")})
    return [get, put]


def test_only_fields_required_in_every_version_of_response_only_models() -> None:
    models = _models()
    assert response_only_models(models, _operations()) == {"Answer"}
    assert required_fields(models, _operations(), set()) == {"Answer": {"Id"}}


def test_an_optional_correction_keeps_a_field_optional() -> None:
    models = _models()
    assert required_fields(models, _operations(), {("Answer", "Id")}) == {}


def test_an_alias_correction_merges_two_spellings() -> None:
    models = _models()
    models["Answer"].fields["ID"] = _field("ID", {39: True})
    models["Answer"].versions.add(39)
    keep = apply_model_corrections(
        models,
        [
            {
                "id": "x",
                "kind": "alias",
                "model": "Answer",
                "field": "Id",
                "also": ["ID"],
                "reason": "r",
                "evidence": "e",
            }
        ],
    )
    assert keep == set()
    merged = models["Answer"].fields["Id"]
    assert "ID" not in models["Answer"].fields
    assert merged.also_wire == ("ID",)
    assert sorted(merged.types) == [39, 40, 41]
    assert required_fields(models, _operations(), set()) == {"Answer": {"Id"}}


def test_a_correction_naming_a_missing_field_fails() -> None:
    with pytest.raises(ValueError, match="no field Nope"):
        apply_model_corrections(
            _models(),
            [{"id": "x", "kind": "optional", "model": "Answer", "field": "Nope"}],
        )


@pytest.mark.parametrize(
    "model_name",
    ["ContainerCreateResponse", "ContainerInspectResponse", "ImageInspect", "Network"],
)
def test_ids_users_chain_are_plain_strings(model_name: str) -> None:
    from moby_client import models

    model = getattr(models, model_name)
    assert model.model_fields["id"].annotation is str
    assert model.model_validate({"Id": "abc"}).id == "abc"
    with pytest.raises(ValueError, match="Id"):
        model.model_validate({})
