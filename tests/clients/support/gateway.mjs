// Where the gateway under test is and which project key a test file uses. scripts/test-clients.sh starts the
// embedded host, creates one project key per test file (so one file's budget never touches another's) and
// passes them here through the environment:
//   LLMACTORS_BASE_URL  the host's root, e.g. http://127.0.0.1:41234 (no /v1)
//   LLMACTORS_KEYS      JSON object: test file path relative to tests/clients -> { projectId, apiKey }
//   LLMACTORS_ADMIN_KEY the host's admin key, for tests that need /admin routes
import { relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const suiteRoot = dirname(dirname(fileURLToPath(import.meta.url)));

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the client suite through scripts/test-clients.sh`);
  }
  return value;
}

/**
 * The gateway as seen from one test file (pass `import.meta.url`).
 * - `openAiBaseURL`: for OpenAI-shaped clients (OpenAI SDK, LangChain, Vercel AI SDK, and later the OpenAI
 *   Agents SDK for the Responses API), which append `/chat/completions`, `/responses`, ... to it.
 * - `rootURL`: for clients that append the whole path themselves (the Anthropic SDK adds `/v1/messages`).
 * - `apiKey`: this file's own project key, sent as `Authorization: Bearer` (or `x-api-key` by Anthropic's SDK);
 *   `projectId`: its project, for /admin routes (`adminKey`).
 */
export function gatewayFor(testFileUrl) {
  const rootURL = required("LLMACTORS_BASE_URL").replace(/\/+$/, "");
  const keys = JSON.parse(required("LLMACTORS_KEYS"));
  const file = relative(suiteRoot, fileURLToPath(testFileUrl)).split("\\").join("/");
  const { projectId, apiKey } = keys[file] ?? {};
  if (!apiKey) {
    throw new Error(`no project key for ${file} in LLMACTORS_KEYS (keys for: ${Object.keys(keys).join(", ")})`);
  }
  return {
    rootURL,
    openAiBaseURL: `${rootURL}/v1`,
    projectId,
    apiKey,
    adminKey: process.env.LLMACTORS_ADMIN_KEY,
  };
}

/** Calls a route of the host with the admin key (`/admin/...`, `/sim/...`); throws unless it answers 2xx. */
export async function asAdmin(gateway, method, path, body) {
  const response = await fetch(`${gateway.rootURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${gateway.adminKey}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/**
 * Sets the embedded simulator's fault for a model (`down`, `slow`, `cut`, `none`). Faults are process-wide:
 * scripts/test-clients.sh runs one file at a time, and a file that sets one must clear it in an `after` hook.
 */
export function simulatorFault(gateway, model, mode) {
  return asAdmin(gateway, "PUT", `/sim/models/${model}/fault`, { mode });
}

/** A key of the right shape (llma_ + 12-character id + _ + 43 characters) that no project holds. */
export const unknownKey = `llma_${"z".repeat(12)}_${"A".repeat(43)}`;

/** How long one test may take; the simulator answers at once (LatencyScale 0), so this only bounds a hang. */
export const testTimeout = 30_000;
