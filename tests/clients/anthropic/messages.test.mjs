// Anthropic's TypeScript SDK (@anthropic-ai/sdk) against the gateway's Messages API: it sends the key as x-api-key
// and anthropic-version, and reads Anthropic's shapes — whole messages, the event stream, tool_use, count_tokens,
// errors. The simulator behind the gateway speaks Chat Completions, so every request is translated there and back.
import { test } from "node:test";
import assert from "node:assert/strict";
import Anthropic from "@anthropic-ai/sdk";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const client = new Anthropic({ apiKey: gateway.apiKey, baseURL: gateway.rootURL, maxRetries: 0 });
const options = { timeout: testTimeout };

const weather = {
  name: "get_weather",
  description: "Current weather for a city",
  input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};

test("messages.create answers in Anthropic's shape with its stop reason and usage", options, async () => {
  const message = await client.messages.create({ model: "sim-small", max_tokens: 200, system: "Be brief.", messages: [{ role: "user", content: "Where is my parcel?" }] });
  assert.equal(message.type, "message");
  assert.equal(message.role, "assistant");
  assert.equal(message.model, "sim-small");
  assert.equal(message.content[0].type, "text");
  assert.match(message.content[0].text, /^\[sim-small\] /);
  assert.equal(message.stop_reason, "end_turn");
  assert.ok(message.usage.input_tokens > 0 && message.usage.output_tokens > 0);
});

test("messages.stream delivers the text as it comes and the same final message", options, async () => {
  const stream = client.messages.stream({ model: "sim-medium", max_tokens: 200, messages: [{ role: "user", content: "Tell me about returns" }] });
  let text = "";
  let pieces = 0;
  stream.on("text", delta => {
    text += delta;
    pieces++;
  });
  const final = await stream.finalMessage();
  assert.ok(pieces > 1, "the text came in one piece, not streamed");
  assert.equal(final.content[0].text, text);
  assert.equal(final.stop_reason, "end_turn");
  assert.ok(final.usage.output_tokens > 0);
});

test("a tool_use and its tool_result round trip", options, async () => {
  const messages = [{ role: "user", content: "What is the weather in Oslo?" }];
  const first = await client.messages.create({ model: "sim-small", max_tokens: 200, tools: [weather], tool_choice: { type: "any" }, messages });
  const use = first.content.find(block => block.type === "tool_use");
  assert.equal(first.stop_reason, "tool_use");
  assert.equal(use.name, "get_weather");
  assert.deepEqual(use.input, { city: "Oslo" });
  messages.push({ role: "assistant", content: first.content });
  messages.push({ role: "user", content: [{ type: "tool_result", tool_use_id: use.id, content: "light snow, -2 C" }] });

  const answer = await client.messages.create({ model: "sim-small", max_tokens: 200, tools: [weather], messages });

  assert.match(answer.content[0].text, /get_weather/);
  assert.match(answer.content[0].text, /light snow/);
});

test("messages.countTokens counts the prompt without calling a model", options, async () => {
  const small = await client.messages.countTokens({ model: "sim-small", messages: [{ role: "user", content: "Hello" }] });
  const withTools = await client.messages.countTokens({ model: "sim-small", tools: [weather], messages: [{ role: "user", content: "Hello" }] });
  assert.equal(small.input_tokens, 8);
  assert.ok(withTools.input_tokens > small.input_tokens);
});

test("refusals are the SDK's own error types", options, async () => {
  await assert.rejects(
    client.messages.create({ model: "sim-small", messages: [{ role: "user", content: "Hi" }] }),
    error => error instanceof Anthropic.BadRequestError && error.error?.error?.type === "invalid_request_error");
  await assert.rejects(
    client.messages.create({ model: "claude-nope", max_tokens: 10, messages: [{ role: "user", content: "Hi" }] }),
    error => error instanceof Anthropic.NotFoundError);
  const stranger = new Anthropic({ apiKey: "llma_zzzzzzzzzzzz_" + "A".repeat(43), baseURL: gateway.rootURL, maxRetries: 0 });
  await assert.rejects(
    stranger.messages.create({ model: "sim-small", max_tokens: 10, messages: [{ role: "user", content: "Hi" }] }),
    error => error instanceof Anthropic.AuthenticationError);
});
