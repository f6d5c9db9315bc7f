// The mock's control plane from TypeScript: a client @hey-api/openapi-ts generated into ./control from the published
// generated/spec/mock-control.json drives a mock on a loopback port (tests/publish/test_typescript_e2e.py): after a
// reset, a fault injected, listed and felt by an API call, the journal read, an off-spec stub, a refusal naming its
// field, a reset.
// Prints one JSON line per step: {"step", "status", "body"}. Usage: node control.js BASE_URL TOKEN API_PATH
import { createClient, createConfig } from "./control/client";
import * as control from "./control/sdk.gen";
import type { FaultRequest } from "./control/types.gen";

interface Answer {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

function report(step: string, answer: Answer): void {
  const body = answer.data ?? answer.error ?? null;
  console.log(JSON.stringify({ step, status: answer.response?.status ?? 0, body }));
}

async function main(): Promise<void> {
  const [baseUrl, token, apiPath] = process.argv.slice(2) as [string, string, string];
  const client = createClient(createConfig({ baseUrl, headers: { "X-Auth-Token": token } }));
  const api = async (step: string): Promise<void> => {
    const response = await fetch(baseUrl + apiPath, { headers: { "X-Auth-Token": token } });
    console.log(JSON.stringify({ step, status: response.status, body: await response.text() }));
  };

  report("start", await control.mockReset({ client })); // no fault, stub or delay; an empty journal
  report("add-fault", await control.mockAddFault({ client, body: { operation: "ShowOsQuota", status: 429, retry_after: 1, times: 1 } }));
  report("list-faults", await control.mockListFaults({ client }));
  await api("api-with-fault");
  report("journal", await control.mockJournal({ client, query: { operation: "ShowOsQuota" } }));
  report("add-stub", await control.mockAddStub({ client, body: { operation: "ShowOsQuota", text: "{broken", times: 1 } }));
  await api("api-with-stub");
  const misspelt = { operation: "ShowOsQuota", time: 1 } as unknown as FaultRequest; // the typo a type checker would catch
  report("refused", await control.mockAddFault({ client, body: misspelt }));
  report("reset", await control.mockReset({ client }));
  await api("api-after-reset");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
