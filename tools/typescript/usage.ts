// Compiled by `make check-typescript` against types that openapi-typescript generates from
// generated/spec/modelarts.json: if the published spec loses or retypes what this code uses, tsc fails.
import type { components, operations, paths } from "./modelarts";

type Schemas = components["schemas"];
type Success = { 200: { content: { "application/json": unknown } } };
type Ok<Op extends keyof operations> = operations[Op]["responses"] extends Success
  ? operations[Op]["responses"][200]["content"]["application/json"]
  : never;
type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;

/** What a TypeScript team plugs in: any HTTP client that signs requests (IAM token or AK/SK). */
export type Get = (path: string, query: Record<string, string>) => Promise<unknown>;

export async function showPool(get: Get, projectId: string, poolName: string): Promise<Ok<"ShowPool">> {
  const path: keyof paths = "/v2/{project_id}/pools/{pool_name}";
  return (await get(path.replace("{project_id}", projectId).replace("{pool_name}", poolName), {})) as Ok<"ShowPool">;
}

type PoolPhase = "Creating" | "Running" | "Abnormal" | "Deleting" | "Error" | "Waiting" | "ScalingFailed" | "CreationFailed";

export function poolSummary(pool: Schemas["Pool"]): string {
  const phase: PoolPhase | undefined = pool.status?.phase;
  const kind: "Pool" = pool.kind;
  return `${pool.metadata.name} (${kind}) is ${phase ?? "unknown"}`;
}

// Fields from evidence (x-evidence): what the terraform provider's waiter and read function use.
export function poolSettled(pool: Schemas["Pool"]): boolean {
  const pending = (pool.status?.resources?.creating ?? []).length + (pool.status?.resources?.creationFailed ?? []).length;
  const vpc: string | undefined = pool.spec?.network?.vpcId;
  const maxCounts: (number | undefined)[] = (pool.spec?.resources ?? []).map((r) => r.maxCount);
  return pending === 0 && (vpc !== undefined || maxCounts.length >= 0);
}

export function specificationNames(list: Ok<"ShowServiceSpecifications">): string[] {
  const total: number | undefined = list.total_count;
  return list.specifications.map((s) => `${s.specification}${total === undefined ? "" : ` of ${total}`}`);
}

export function specificationQuery(): Query<"ShowServiceSpecifications"> {
  // infer_type is an enum, limit an integer (the manual's string; see the spec's x-doc-deviation on limit)
  return { infer_type: "batch", limit: 100, is_personal_cluster: true };
}

export function highAvailable(config: Ok<"ShowOsConfig">): boolean {
  // both spellings are declared (x-doc-deviation): read whichever the service sends
  return config.poolHighAvailable ?? config.pooHighAvailable ?? false;
}

export function monitorCalls(info: Ok<"ShowServiceMonitorInfo">): number {
  return (info.monitors ?? []).reduce((sum, m) => sum + (m.invocation_times ?? 0), 0);
}

export function errorCode(body: Schemas["ModelArtsError"]): string {
  return `${body.error_code}: ${body.error_msg}`;
}
