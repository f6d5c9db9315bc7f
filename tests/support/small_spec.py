"""A small spec, as text, for rules that read a few operations: a create whose answer links to the show,
update and delete of what it made, and a show carrying `x-lifecycle`.

It is structurally valid OpenAPI but ignores the house rules (no security, examples of errors, sources…):
tests break one line of it (`broken`) and look only at the codes of the rule they test, at the line they
changed.
"""

from __future__ import annotations

from pathlib import Path

from modelarts_spec.diagnostics import Diagnostic
from modelarts_spec.loader import load_openapi
from modelarts_spec.validate import validate

SMALL_SPEC = """\
openapi: 3.0.3
info:
  title: widgets
  version: '1'
paths:
  /v1/{project_id}/widgets:
    post:
      operationId: CreateWidget
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - name: X-Trace
          in: header
          schema:
            type: string
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name:
                  type: string
                spec:
                  type: object
                  properties:
                    size:
                      type: integer
      responses:
        '201':
          description: created
          headers:
            Location:
              schema:
                type: string
          content:
            application/json:
              schema:
                type: object
                properties:
                  id:
                    type: string
                  metadata:
                    type: object
                    properties:
                      uid:
                        anyOf:
                          - type: string
                          - type: integer
                      labels:
                        type: object
                  items:
                    type: array
                    items:
                      type: object
                      properties:
                        id:
                          type: string
              examples:
                manual:
                  value:
                    id: w-1
                    metadata:
                      uid: 7
                    items:
                      - id: i-1
          links:
            ShowWidget:
              operationId: ShowWidget
              parameters:
                project_id: $request.path.project_id
                widget_id: $response.body#/id
            UpdateWidget:
              operationId: UpdateWidget
              parameters:
                path.project_id: $request.path.project_id
                widget_id: $request.body#/name
                X-Trace: $request.header.X-Trace
            DeleteWidget:
              operationId: DeleteWidget
              parameters:
                project_id: $request.path.project_id
                widget_id: $response.body#/items/0/id
            ShowWidgetByUid:
              operationId: ShowWidget
              parameters:
                project_id: $request.path.project_id
                widget_id: $response.body#/metadata/uid
  /v1/{project_id}/widgets/{widget_id}:
    parameters:
      - $ref: '#/components/parameters/ProjectId'
      - name: widget_id
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: ShowWidget
      x-lifecycle:
        resource: widget
        status: /status/phase
        ready: [ACTIVE]
        failed: [FAILED, DELETING]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Widget'
    put:
      operationId: UpdateWidget
      parameters:
        - name: X-Trace
          in: header
          schema:
            type: string
      responses:
        '200':
          description: ok
    delete:
      operationId: DeleteWidget
      responses:
        '204':
          description: deleted
  /v1/{project_id}/widgets/{widget_id}/jobs/{job_id}:
    get:
      operationId: ShowWidgetJob
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - name: widget_id
          in: path
          required: true
          schema:
            type: string
        - name: job_id
          in: path
          required: true
          schema:
            type: string
      x-lifecycle:
        resource: widget_job
        status: /code
        ready: [2]
        failed: [3, 4]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  code:
                    type: integer
                  state:
                    type: object
components:
  parameters:
    ProjectId:
      name: project_id
      in: path
      required: true
      schema:
        type: string
  schemas:
    Widget:
      type: object
      properties:
        status:
          type: object
          properties:
            phase:
              type: string
              enum: [CREATING, ACTIVE, FAILED, DELETING]
            flag:
              type: boolean
"""


def broken(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    """The small spec with `old` (found once) replaced by `new`, written to a file; and its text."""
    assert SMALL_SPEC.count(old) == 1, old
    text = SMALL_SPEC.replace(old, new)
    path = tmp_path / "small.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def findings(path: Path, codes: set[str]) -> list[Diagnostic]:
    """validate's findings on the file with one of `codes` (the house rules' other findings left out)."""
    return [d for d in validate(load_openapi(path)) if d.code in codes]
