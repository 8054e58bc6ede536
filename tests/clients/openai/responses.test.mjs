// The official OpenAI Node SDK against the gateway's Responses API: whole, streamed, continued with
// previous_response_id, a function tool and its output, and stored responses that only their project can read.
import { test } from "node:test";
import assert from "node:assert/strict";
import OpenAI from "openai";
import { asAdmin, gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const client = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 });
const options = { timeout: testTimeout };

const weather = {
  type: "function",
  name: "get_weather",
  description: "Current weather for a city",
  strict: true,
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
};

test("a whole response has its id, text and usage", options, async () => {
  const response = await client.responses.create({ model: "sim-small", instructions: "Be brief.", input: "Where is my parcel?" });
  assert.match(response.id, /^resp_/);
  assert.equal(response.object, "response");
  assert.equal(response.status, "completed");
  assert.equal(response.model, "sim-small");
  assert.match(response.output_text, /^\[sim-small\] /);
  assert.ok(response.output_text.includes("Where is my parcel?"));
  assert.ok(response.usage.input_tokens > 0 && response.usage.output_tokens > 0);
  assert.equal(response.usage.total_tokens, response.usage.input_tokens + response.usage.output_tokens);
});

test("a stream sends the typed events in order and its deltas make the final text", options, async () => {
  const stream = await client.responses.create({ model: "sim-medium", input: "Tell me about returns", stream: true });
  const types = [];
  let text = "";
  let completed = null;
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === "response.output_text.delta") text += event.delta;
    if (event.type === "response.completed") completed = event.response;
  }
  assert.deepEqual(types.slice(0, 4), ["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added"]);
  assert.deepEqual(types.slice(-4), ["response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"]);
  assert.ok(types.filter(t => t === "response.output_text.delta").length > 1, "the text came in one piece, not streamed");
  assert.equal(completed.output[0].content[0].text, text);
  assert.equal(completed.model, "sim-medium");
});

test("a response continued with previous_response_id sees the first turn", options, async () => {
  const first = await client.responses.create({ model: "sim-small", input: "My order number is 4711. Where is it?" });
  const second = await client.responses.create({ model: "sim-small", input: "And when will it arrive?", previous_response_id: first.id });
  const alone = await client.responses.create({ model: "sim-small", input: "And when will it arrive?" });
  assert.equal(second.previous_response_id, first.id);
  assert.ok(second.usage.input_tokens >= alone.usage.input_tokens + first.usage.output_tokens,
    `the second turn's prompt (${second.usage.input_tokens}) holds the first turn (${alone.usage.input_tokens} + ${first.usage.output_tokens})`);
  const stored = await client.responses.retrieve(second.id);
  assert.equal(stored.output_text, second.output_text);
});

test("a function call and its output round trip through previous_response_id", options, async () => {
  const first = await client.responses.create({ model: "sim-small", input: "What is the weather in Oslo?", tools: [weather], tool_choice: "required" });
  const call = first.output.find(item => item.type === "function_call");
  assert.equal(call.name, "get_weather");
  assert.deepEqual(JSON.parse(call.arguments), { city: "Oslo" });
  const answer = await client.responses.create({
    model: "sim-small",
    previous_response_id: first.id,
    tools: [weather],
    input: [{ type: "function_call_output", call_id: call.call_id, output: "light snow, -2 C" }],
  });
  // The simulator names the function whose call the output answers: it was sent the first turn's call.
  assert.match(answer.output_text, /get_weather/);
  assert.match(answer.output_text, /light snow/);
});

test("a response of this project is not found for another project, and is gone once deleted", options, async () => {
  const response = await client.responses.create({ model: "sim-small", input: "Where is my parcel?" });
  const { key } = await asAdmin(gateway, "POST", `/admin/projects/${gateway.projectId}-other/keys`);
  const other = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: key, maxRetries: 0 });

  await assert.rejects(other.responses.retrieve(response.id), error => error.status === 404);
  await assert.rejects(other.responses.create({ model: "sim-small", input: "What did I ask?", previous_response_id: response.id }), error => error.status === 404);
  await assert.rejects(other.responses.delete(response.id), error => error.status === 404);
  await client.responses.delete(response.id);
  await assert.rejects(client.responses.retrieve(response.id), error => error.status === 404);
});
