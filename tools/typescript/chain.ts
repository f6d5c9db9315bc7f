// One create → wait → show → delete chain from TypeScript (tests/publish/test_typescript_e2e.py): CreateNotebook with
// its page's example body, typed by the client @hey-api/openapi-ts generated into ./client; ShowNotebook polled until
// RUNNING, the mock's clock advanced between polls through the client generated from mock-control.json (./control);
// ShowNotebook; DeleteNotebook; the clock advanced past the deleting state; ShowNotebook then answers 404.
// IAM token auth throughout (the control plane accepts the mock's token).
// Prints one JSON line per step: {"step", "status", ...}. Usage: node chain.js BASE_URL TOKEN PROJECT_ID
import { createClient, createConfig } from "./client/client";
import { createNotebook, deleteNotebook, showNotebook } from "./client/sdk.gen";
import type { CreateNotebookRequest, ModelArtsError } from "./client/types.gen";
import { createClient as createControlClient, createConfig as createControlConfig } from "./control/client";
import { mockAdvanceClock } from "./control/sdk.gen";

const POLL_SECONDS = 5; // the mock's time between two polls
const MAX_POLLS = 20;

// The page's example (the test checks that this is what the spec's request example says, byte for byte as JSON).
const body: CreateNotebookRequest = {
  name: "notebooks_test",
  feature: "NOTEBOOK",
  workspace_id: "0",
  description: "api-test",
  flavor: "modelarts.vm.cpu.2u",
  image_id: "e1a07296-22a8-4f05-8bc8-e936c8e54090",
  volume: { category: "evs", ownership: "managed", capacity: 50 },
};

function print(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

async function main(): Promise<void> {
  const [baseUrl, token, projectId] = process.argv.slice(2) as [string, string, string];
  const client = createClient(createConfig({ baseUrl, auth: (scheme) => (scheme.name === "X-Auth-Token" ? token : undefined) }));
  const control = createControlClient(createControlConfig({ baseUrl, headers: { "X-Auth-Token": token } }));
  const advance = async (step: string, seconds: number): Promise<void> => {
    const moved = await mockAdvanceClock({ client: control, body: { advance: seconds } });
    print({ step, status: moved.response.status, advanced: moved.data?.advanced ?? null });
    if (moved.data === undefined) throw new Error(`${step}: the mock's clock did not move: ${JSON.stringify(moved.error)}`);
  };

  const created = await createNotebook({ client, path: { project_id: projectId }, body });
  print({ step: "create", status: created.response.status, id: created.data?.id ?? null, state: created.data?.status ?? null, sent: body });
  const id = created.data?.id;
  if (id === undefined) throw new Error(`CreateNotebook answered no id: ${JSON.stringify(created.error)}`);
  const path = { project_id: projectId, id };

  let state: string | undefined;
  for (let poll = 0; poll < MAX_POLLS && state !== "RUNNING"; poll++) {
    if (poll > 0) await advance("advance", POLL_SECONDS);
    const shown = await showNotebook({ client, path });
    state = shown.data?.status;
    print({ step: "poll", status: shown.response.status, state: state ?? null });
  }
  if (state !== "RUNNING") throw new Error(`not RUNNING after ${MAX_POLLS} polls: ${state}`);

  const shown = await showNotebook({ client, path });
  const notebook = shown.data;
  print({
    step: "show",
    status: shown.response.status,
    id: notebook?.id ?? null,
    name: notebook?.name ?? null,
    state: notebook?.status ?? null,
    flavor: notebook?.flavor ?? null,
    image_id: notebook?.image?.id ?? null,
  });

  const deleted = await deleteNotebook({ client, path });
  print({ step: "delete", status: deleted.response.status, id: deleted.data?.id ?? null });
  const deleting = await showNotebook({ client, path });
  print({ step: "show-deleting", status: deleting.response.status, state: deleting.data?.status ?? null });
  await advance("advance-past-delete", 60);
  const gone = await showNotebook({ client, path });
  const error: ModelArtsError | undefined = gone.error;
  print({ step: "show-gone", status: gone.response.status, error_code: error?.error_code ?? null });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
