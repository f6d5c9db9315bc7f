// End to end from TypeScript: every operation of a plan (derived from the spec's examples by the Python test
// tests/publish/test_typescript_e2e.py) called through the client @hey-api/openapi-ts generated into ./client,
// once with an IAM token and once signed with AK/SK (signer.ts). Prints one JSON line per call:
// {"operationId", "auth", "status", "body"}. Usage: node e2e.js plan.json
import { readFileSync } from "node:fs";

import { type Client, createClient, createConfig } from "./client/client";
import * as sdk from "./client/sdk.gen";
import { sign } from "./signer";

interface Call {
  operationId: string;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
}

interface Plan {
  baseUrl: string;
  token: string;
  accessKey: string;
  secretKey: string;
  projectId: string;
  calls: Call[];
}

type Operation = (options: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response?: Response }>;

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function sdkDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function tokenClient(plan: Plan): Client {
  return createClient(createConfig({ baseUrl: plan.baseUrl, auth: (scheme) => (scheme.name === "X-Auth-Token" ? plan.token : undefined) }));
}

function akskClient(plan: Plan): Client {
  const client = createClient(createConfig({ baseUrl: plan.baseUrl }));
  client.interceptors.request.use(async (request) => {
    const url = new URL(request.url);
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const headers: Record<string, string> = { Host: url.host, "X-Sdk-Date": sdkDate(new Date()) };
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const signed = sign({
      method: request.method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ""),
      headers,
      body,
      accessKey: plan.accessKey,
      secretKey: plan.secretKey,
      projectId: plan.projectId,
    });
    const sent = new Headers(request.headers);
    for (const [name, value] of Object.entries({ ...headers, ...signed.headersAdded })) {
      if (name !== "Host") sent.set(name, value.trim()); // fetch sends Host from the URL itself
    }
    sent.set("Authorization", signed.authorization);
    url.search = signed.querySent; // the query is sent exactly as it was signed
    return new Request(url, { method: request.method, headers: sent, ...(body.length ? { body } : {}) });
  });
  return client;
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as Plan;
  const operations = sdk as unknown as Record<string, Operation>;
  const clients: Array<[string, Client]> = [
    ["token", tokenClient(plan)],
    ["aksk", akskClient(plan)],
  ];
  // The SDK names each function after its operationId in camelCase; matched ignoring case and separators.
  const byName = new Map(Object.keys(operations).map((name) => [normalize(name), name]));
  for (const call of plan.calls) {
    const name = byName.get(normalize(call.operationId));
    const operation = name === undefined ? undefined : operations[name];
    if (operation === undefined) throw new Error(`the generated SDK has no function for ${call.operationId}`);
    for (const [auth, client] of clients) {
      const result = await operation({ client, path: call.path, query: call.query, headers: call.headers });
      const body = result.data ?? result.error ?? null;
      console.log(JSON.stringify({ operationId: call.operationId, auth, status: result.response?.status ?? 0, body }));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
