// SDK-HMAC-SHA256 (AK/SK) request signing, written from generated/spec/signing.md alone (node's crypto only).
// Checked against every vector of generated/spec/signing-vectors.json by signer.test.ts.
import { createHash, createHmac } from "node:crypto";

export const ALGORITHM = "SDK-HMAC-SHA256";
const EMPTY_BODY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const UNRESERVED = /[A-Za-z0-9\-_.~]/;

export interface SignInput {
  method: string;
  path: string; // as sent: path parameters percent-encoded
  query: string; // as sent, without '?'
  headers: Record<string, string>; // must include Host and X-Sdk-Date
  body: Uint8Array;
  accessKey: string;
  secretKey: string;
  projectId?: string | undefined;
  securityToken?: string | undefined;
}

export interface Signed {
  headersAdded: Record<string, string>; // to send besides Authorization
  querySent: string; // the query to send instead of the input's
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
}

/** UTF-8 bytes; unreserved characters kept, every other byte as %XX (upper-case hex). */
export function encode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** Percent-decode (a malformed escape stays as it is); with plusIsSpace, '+' is a space (query strings). */
export function decode(text: string, plusIsSpace: boolean): string {
  const source = plusIsSpace ? text.replace(/\+/g, " ") : text;
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(source[i] as string, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export function canonicalUri(path: string): string {
  const uri = decode(path, false).split("/").map(encode).join("/");
  return uri.endsWith("/") ? uri : uri + "/";
}

export function queryPairs(query: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const at = piece.indexOf("=");
    const [key, value] = at < 0 ? [piece, ""] : [piece.slice(0, at), piece.slice(at + 1)];
    pairs.push([decode(key, true), decode(value, true)]);
  }
  return pairs;
}

function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

export function canonicalQuery(pairs: Array<[string, string]>): string {
  const sorted = [...pairs].sort((x, y) => byBytes(x[0], y[0]) || byBytes(x[1], y[1]));
  return sorted.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : headers[key];
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** Everything the signer adds and computes for one request (signing.md, section by section). */
export function sign(input: SignInput): Signed {
  const added: Record<string, string> = {};
  if (input.projectId) added["X-Project-Id"] = input.projectId;
  if (input.securityToken) added["X-Security-Token"] = input.securityToken;
  const contentType = header(input.headers, "Content-Type");
  if (contentType && !contentType.startsWith("application/json") && !contentType.startsWith("application/bson")) {
    added["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD";
  }
  const all: Record<string, string> = { ...input.headers, ...added };
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(all)) values.set(name.toLowerCase(), value.trim());
  const names = [...new Set(Object.keys(all).filter((n) => !n.includes("_")).map((n) => n.toLowerCase()))].sort();
  const date = values.get("x-sdk-date");
  if (date === undefined) throw new Error("X-Sdk-Date header is required");
  const declared = values.get("x-sdk-content-sha256");
  const payload = input.body.length === 0 ? EMPTY_BODY_HASH : declared ? declared : sha256(input.body);
  const querySent = canonicalQuery(queryPairs(input.query));
  const canonicalHeaders = names.map((n) => `${n}:${values.get(n)}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [input.method.toUpperCase(), canonicalUri(input.path), querySent, canonicalHeaders, signedHeaders, payload].join("\n");
  const stringToSign = `${ALGORITHM}\n${date}\n${sha256(Buffer.from(canonicalRequest, "utf8"))}`;
  const signature = createHmac("sha256", Buffer.from(input.secretKey, "utf8")).update(Buffer.from(stringToSign, "utf8")).digest("hex");
  const authorization = `${ALGORITHM} Access=${input.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headersAdded: added, querySent, canonicalRequest, stringToSign, signedHeaders, signature, authorization };
}
