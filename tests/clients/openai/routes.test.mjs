// The official OpenAI Node SDK against the gateway's other OpenAI routes: legacy completions, embeddings,
// moderations and the model list.
import { test } from "node:test";
import assert from "node:assert/strict";
import OpenAI from "openai";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const client = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 });
const options = { timeout: testTimeout };

test("legacy completions with a suffix fill the middle", options, async () => {
  const suffix = "\n\nprint(add(1, 2))\n";
  const completion = await client.completions.create({ model: "sim-code", prompt: "def add(a, b):\n    ", suffix, max_tokens: 64 });
  assert.equal(completion.object, "text_completion");
  assert.equal(completion.model, "sim-code");
  const text = completion.choices[0].text;
  assert.ok(text.trim().length > 0);
  assert.ok(!text.includes("print(add(1, 2))"), `the completion repeats the suffix: ${text}`);
  assert.ok(completion.usage.completion_tokens > 0);
});

test("legacy completions stream the same text as the whole answer, with usage", options, async () => {
  const request = { model: "sim-code", prompt: "function total(items) {\n  ", suffix: "\n}\n", max_tokens: 48 };
  const whole = await client.completions.create(request);
  let text = "";
  let usage = null;
  for await (const chunk of await client.completions.create({ ...request, stream: true, stream_options: { include_usage: true } })) {
    text += chunk.choices[0]?.text ?? "";
    usage = chunk.usage ?? usage;
  }
  assert.equal(text, whole.choices[0].text);
  assert.equal(usage.completion_tokens, whole.usage.completion_tokens);
});

test("embeddings come back decoded from the SDK's default base64, equal to the float encoding", options, async () => {
  const input = "Where is my parcel?";
  const base64 = await client.embeddings.create({ model: "sim-embed", input });
  const floats = await client.embeddings.create({ model: "sim-embed", input, encoding_format: "float" });
  const [a, b] = [base64.data[0].embedding, floats.data[0].embedding];
  assert.equal(base64.model, "sim-embed");
  assert.equal(a.length, 384);
  assert.ok(a.every((v, i) => Math.abs(v - b[i]) < 1e-6), "the base64 vector differs from the float one");
  assert.ok(Math.abs(Math.hypot(...a) - 1) < 1e-4, "not L2-normalised");
  assert.ok(base64.usage.prompt_tokens > 0);
});

test("embeddings of several inputs with dimensions give one vector of that size per input", options, async () => {
  const result = await client.embeddings.create({ model: "sim-embed", input: ["refund policy", "shipping times", "reset my password"], dimensions: 64 });
  assert.deepEqual(result.data.map(d => d.index), [0, 1, 2]);
  assert.ok(result.data.every(d => d.embedding.length === 64));
});

test("moderations flag a threat and pass a greeting", options, async () => {
  const result = await client.moderations.create({ input: ["I will kill you tomorrow.", "Good morning, how are you?"] });
  assert.equal(result.results.length, 2);
  const [threat, greeting] = result.results;
  assert.equal(threat.flagged, true);
  assert.equal(threat.categories.violence, true);
  assert.equal(greeting.flagged, false);
  assert.ok(threat.category_scores.violence > greeting.category_scores.violence);
});

test("the model list names the simulator's chat models", options, async () => {
  const ids = [];
  for await (const model of client.models.list()) {
    ids.push(model.id);
  }
  for (const id of ["sim-small", "sim-medium", "sim-large", "sim-reason", "sim-code"]) {
    assert.ok(ids.includes(id), `${id} missing from ${ids.join(", ")}`);
  }
});
