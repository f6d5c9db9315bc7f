// node --test: the TypeScript signer (signer.ts) reproduces every published vector byte for byte.
// SIGNING_VECTORS names the vectors file (default: generated/spec/signing-vectors.json from the working directory).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { sign, type SignInput, type Signed } from "./signer";

interface Vector {
  name: string;
  request: { method: string; path: string; query: string; headers: Record<string, string>; body_base64: string };
  credentials: { project_id: string; security_token?: string };
  expected: {
    headers_added: Record<string, string>;
    query_sent: string;
    canonical_request: string;
    string_to_sign: string;
    signed_headers: string;
    signature: string;
    authorization: string;
  };
}

const file = process.env["SIGNING_VECTORS"] ?? "generated/spec/signing-vectors.json";
const published = JSON.parse(readFileSync(file, "utf8")) as { access_key: string; secret_key: string; vectors: Vector[] };

function input(vector: Vector, secretKey: string = published.secret_key): SignInput {
  const { request, credentials } = vector;
  return {
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    body: Buffer.from(request.body_base64, "base64"),
    accessKey: published.access_key,
    secretKey,
    projectId: credentials.project_id,
    securityToken: credentials.security_token,
  };
}

function asPublished(signed: Signed): Vector["expected"] {
  return {
    headers_added: signed.headersAdded,
    query_sent: signed.querySent,
    canonical_request: signed.canonicalRequest,
    string_to_sign: signed.stringToSign,
    signed_headers: signed.signedHeaders,
    signature: signed.signature,
    authorization: signed.authorization,
  };
}

test("the vectors file has vectors", () => {
  assert.ok(published.vectors.length >= 20, `${published.vectors.length} vectors in ${file}`);
});

for (const vector of published.vectors) {
  test(`vector: ${vector.name}`, () => {
    assert.deepEqual(asPublished(sign(input(vector))), vector.expected);
  });
}

test("another secret key gives another signature", () => {
  const vector = published.vectors[0] as Vector;
  assert.notEqual(sign(input(vector, published.secret_key + "x")).signature, vector.expected.signature);
});
