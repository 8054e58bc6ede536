// The official OpenAI Node SDK against the gateway's Chat Completions route.
import { test } from "node:test";
import assert from "node:assert/strict";
import OpenAI from "openai";
import { zodFunction, zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";
import { pngDataUrl } from "../support/png.mjs";
import { assertWeatherArguments, callWeather, weatherQuestion, weatherTool } from "../support/weather.mjs";

const gateway = gatewayFor(import.meta.url);
// No SDK retries: a 5xx or 429 from the gateway must fail the test, not be hidden by a second try.
const client = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 });
const options = { timeout: testTimeout };

test("a plain completion answers with text, the logical model name and usage", options, async () => {
  const { data: completion, response } = await client.chat.completions
    .create({ model: "sim-small", messages: [{ role: "user", content: "Where is my parcel?" }] })
    .withResponse();
  assert.equal(response.headers.get("x-llmactors-model"), "sim-small");
  assert.equal(completion.object, "chat.completion");
  assert.equal(completion.model, "sim-small");
  assert.equal(completion.choices.length, 1);
  assert.equal(completion.choices[0].finish_reason, "stop");
  assert.match(completion.choices[0].message.content, /^\[sim-small\] \S/);
  const { prompt_tokens, completion_tokens, total_tokens } = completion.usage;
  assert.ok(prompt_tokens > 0 && completion_tokens > 0);
  assert.equal(total_tokens, prompt_tokens + completion_tokens);
});

test("a stream read to the end assembles the same text as the whole answer, with usage last", options, async () => {
  const request = { model: "sim-medium", messages: [{ role: "user", content: "Tell me a short story about a lighthouse." }] };
  const whole = await client.chat.completions.create(request);
  const stream = await client.chat.completions.create({ ...request, stream: true, stream_options: { include_usage: true } });
  let text = "";
  let contentChunks = 0;
  let finish = null;
  let usage = null;
  for await (const chunk of stream) {
    assert.equal(chunk.object, "chat.completion.chunk");
    assert.equal(chunk.model, "sim-medium");
    assert.equal(usage, null, "nothing may follow the usage chunk");
    if (chunk.usage) {
      assert.deepEqual(chunk.choices, [], "the usage chunk has no choices");
      usage = chunk.usage;
      continue;
    }
    const delta = chunk.choices[0].delta;
    if (delta.content) {
      text += delta.content;
      contentChunks++;
    }
    finish = chunk.choices[0].finish_reason ?? finish;
  }
  assert.equal(text, whole.choices[0].message.content);
  assert.ok(contentChunks > 1, `the text came in ${contentChunks} chunk(s), not streamed`);
  assert.equal(finish, "stop");
  assert.deepEqual(
    [usage.prompt_tokens, usage.completion_tokens],
    [whole.usage.prompt_tokens, whole.usage.completion_tokens],
  );
});

test("a stream without include_usage carries no usage chunk", options, async () => {
  const stream = await client.chat.completions.create({ model: "sim-small", stream: true, messages: [{ role: "user", content: "Hi there" }] });
  for await (const chunk of stream) {
    assert.equal(chunk.usage ?? null, null, "the gateway meters with usage, but the client did not ask for it");
    assert.equal(chunk.choices.length, 1);
  }
});

test("a named tool_choice gets a call whose arguments match the schema, and the tool result is answered in text", options, async () => {
  const first = await client.chat.completions.create({ model: "sim-small", messages: weatherQuestion, tools: [weatherTool], tool_choice: callWeather });
  const choice = first.choices[0];
  assert.equal(choice.finish_reason, "tool_calls");
  assert.equal(choice.message.content, null);
  assert.equal(choice.message.tool_calls.length, 1);
  const call = choice.message.tool_calls[0];
  assert.equal(call.type, "function");
  assert.equal(call.function.name, "get_weather");
  assert.match(call.id, /^call_/);
  assertWeatherArguments(call.function.arguments);

  const result = JSON.stringify({ temperature: 21, conditions: "sunny" });
  const second = await client.chat.completions.create({
    model: "sim-small",
    tools: [weatherTool],
    messages: [...weatherQuestion, choice.message, { role: "tool", tool_call_id: call.id, content: result }],
  });
  assert.equal(second.choices[0].finish_reason, "stop");
  const answer = second.choices[0].message.content;
  assert.ok(answer.includes("get_weather"), answer);
  assert.ok(answer.includes("sunny") && answer.includes("21"), `the answer does not use the tool result: ${answer}`);
});

test("a streamed tool call assembles from deltas into the same call as the whole answer", options, async () => {
  const request = { model: "sim-small", messages: weatherQuestion, tools: [weatherTool], tool_choice: callWeather };
  const whole = await client.chat.completions.create(request);
  const expected = whole.choices[0].message.tool_calls[0];

  // By hand, as an application reading raw chunks does.
  const calls = [];
  let argumentChunks = 0;
  let finish = null;
  for await (const chunk of await client.chat.completions.create({ ...request, stream: true })) {
    const [choice] = chunk.choices;
    for (const delta of choice.delta.tool_calls ?? []) {
      calls[delta.index] ??= { id: "", name: "", arguments: "" };
      calls[delta.index].id += delta.id ?? "";
      calls[delta.index].name += delta.function?.name ?? "";
      if (delta.function?.arguments) {
        calls[delta.index].arguments += delta.function.arguments;
        argumentChunks++;
      }
    }
    finish = choice.finish_reason ?? finish;
  }
  assert.equal(finish, "tool_calls");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].name, "get_weather");
  assert.match(calls[0].id, /^call_/);
  assert.ok(argumentChunks > 1, `arguments came in ${argumentChunks} chunk(s)`);
  assert.deepEqual(JSON.parse(calls[0].arguments), JSON.parse(expected.function.arguments));
  assertWeatherArguments(calls[0].arguments);

  // And with the SDK's own stream helper, which assembles the final message.
  const final = await client.chat.completions.stream(request).finalChatCompletion();
  const call = final.choices[0].message.tool_calls[0];
  assert.equal(call.function.name, "get_weather");
  assert.deepEqual(JSON.parse(call.function.arguments), JSON.parse(expected.function.arguments));
});

test("a strict json_schema answer parses with zod into an object", options, async () => {
  const Order = z.object({
    orderId: z.string(),
    status: z.enum(["pending", "shipped", "delivered"]),
    items: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
    giftWrap: z.boolean(),
  });
  const completion = await client.chat.completions.parse({
    model: "sim-large",
    messages: [{ role: "user", content: "Summarise order 1234 as JSON." }],
    response_format: zodResponseFormat(Order, "order"),
  });
  const message = completion.choices[0].message;
  assert.equal(message.refusal, null);
  assert.equal(typeof message.parsed, "object");
  assert.deepEqual(Order.parse(message.parsed), message.parsed);
  assert.ok(["pending", "shipped", "delivered"].includes(message.parsed.status));
});

test("an image part (data URL) is accepted, seen at its size and billed as image tokens", options, async () => {
  const question = "What is in this picture?";
  const textOnly = await client.chat.completions.create({ model: "sim-medium", messages: [{ role: "user", content: question }] });
  const withImage = await client.chat.completions.create({
    model: "sim-medium",
    messages: [{
      role: "user",
      content: [
        { type: "text", text: question },
        { type: "image_url", image_url: { url: pngDataUrl(640, 480), detail: "low" } },
      ],
    }],
  });
  const answer = withImage.choices[0].message.content;
  assert.ok(answer.includes("640×480"), `the answer does not mention the image: ${answer}`);
  // A low-detail image costs 85 tokens whatever its size (OpenAI's rule).
  assert.ok(withImage.usage.prompt_tokens >= textOnly.usage.prompt_tokens + 85,
    `${withImage.usage.prompt_tokens} prompt tokens with the image, ${textOnly.usage.prompt_tokens} without`);
});

test("n: 2 gives two different choices, the first being the n: 1 answer", options, async () => {
  const request = { model: "sim-small", messages: [{ role: "user", content: "Suggest a name for a cat." }] };
  const one = await client.chat.completions.create(request);
  const two = await client.chat.completions.create({ ...request, n: 2 });
  assert.deepEqual(two.choices.map(c => c.index), [0, 1]);
  assert.equal(two.choices[0].message.content, one.choices[0].message.content);
  assert.notEqual(two.choices[1].message.content, two.choices[0].message.content);
  assert.ok(two.usage.completion_tokens > one.usage.completion_tokens, "usage counts both choices");
});

test("logprobs with top_logprobs come back per token", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-small", messages: [{ role: "user", content: "Say hello" }], logprobs: true, top_logprobs: 2,
  });
  const { content } = completion.choices[0].logprobs;
  assert.ok(content.length > 0);
  assert.equal(content.map(t => t.token).join(""), completion.choices[0].message.content);
  for (const token of content) {
    assert.ok(token.logprob <= 0);
    assert.equal(token.top_logprobs.length, 2);
  }
});

test("a reasoning model reports reasoning tokens for reasoning_effort", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-reason", reasoning_effort: "low", messages: [{ role: "user", content: "Why is the sky blue?" }],
  });
  const reasoning = completion.usage.completion_tokens_details.reasoning_tokens;
  assert.ok(reasoning > 0, "no reasoning tokens");
  assert.ok(completion.usage.completion_tokens > reasoning, "reasoning tokens are part of completion_tokens");
});

test("parallel tool calls stream by index and assemble into both calls", options, async () => {
  const cityTool = (name, description) => ({
    type: "function",
    function: { name, description, parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false } },
  });
  const request = {
    model: "sim-small",
    tools: [cityTool("get_weather", "Weather for a city"), cityTool("get_time", "Time in a city")],
    parallel_tool_calls: true,
    messages: [{ role: "user", content: "What is the weather and the time in Paris?" }],
  };
  const whole = await client.chat.completions.create(request);
  const names = whole.choices[0].message.tool_calls.map(c => c.function.name);
  assert.deepEqual(names, ["get_weather", "get_time"]);

  const indexes = new Set();
  const stream = client.chat.completions.stream(request);
  stream.on("chunk", chunk => chunk.choices[0]?.delta.tool_calls?.forEach(d => indexes.add(d.index)));
  const streamed = (await stream.finalChatCompletion()).choices[0].message.tool_calls;
  assert.deepEqual([...indexes], [0, 1]);
  assert.deepEqual(
    streamed.map(c => [c.id, c.function.name, JSON.parse(c.function.arguments)]),
    whole.choices[0].message.tool_calls.map(c => [c.id, c.function.name, JSON.parse(c.function.arguments)]),
  );
});

test("a streamed strict json_schema answer parses at the end of the stream", options, async () => {
  const Contact = z.object({ name: z.string(), email: z.string(), vip: z.boolean() });
  const stream = client.chat.completions.stream({
    model: "sim-medium",
    messages: [{ role: "user", content: "Extract the contact: Ada Lovelace, ada@example.com" }],
    response_format: zodResponseFormat(Contact, "contact"),
  });
  let deltas = 0;
  stream.on("content.delta", () => deltas++);
  const parsed = (await stream.finalChatCompletion()).choices[0].message.parsed;
  assert.ok(deltas > 1, `the JSON came in ${deltas} delta(s)`);
  assert.deepEqual(Contact.strict().parse(parsed), parsed);
});

test("n: 2 streamed interleaves both choices, each equal to the whole answer's", options, async () => {
  const request = { model: "sim-small", n: 2, messages: [{ role: "user", content: "Suggest a name for a dog." }] };
  const whole = await client.chat.completions.create(request);
  const texts = ["", ""];
  const finishes = [null, null];
  for await (const chunk of await client.chat.completions.create({ ...request, stream: true })) {
    for (const choice of chunk.choices) {
      texts[choice.index] += choice.delta.content ?? "";
      finishes[choice.index] = choice.finish_reason ?? finishes[choice.index];
    }
  }
  assert.deepEqual(texts, whole.choices.map(c => c.message.content));
  assert.deepEqual(finishes, ["stop", "stop"]);
});

test("max_completion_tokens cuts the answer with finish_reason length", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-small", max_completion_tokens: 5, messages: [{ role: "user", content: "Tell me a long story about the sea." }],
  });
  assert.equal(completion.choices[0].finish_reason, "length");
  assert.equal(completion.usage.completion_tokens, 5);
});

test("fields an application sends along are passed through and the answer's extras come back", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-small",
    messages: [{ role: "system", content: "You are terse." }, { role: "user", content: "Hello" }],
    store: false,
    metadata: { feature: "greeting" },
    user: "user-42",
    safety_identifier: "safety-42",
    prompt_cache_key: "greeting-v1",
    service_tier: "default",
    temperature: 0.2,
    top_p: 0.9,
    seed: 7,
    stop: ["\n\n\n"],
    presence_penalty: 0.1,
    frequency_penalty: 0.1,
    logit_bias: { 50256: -100 },
    verbosity: "low",
  });
  assert.match(completion.choices[0].message.content, /^\[sim-small\]/);
  assert.equal(completion.service_tier, "default");
  assert.equal(completion.system_fingerprint, "fp_llmactors_sim");
  assert.ok(completion._request_id, "x-request-id is exposed as _request_id");
  assert.equal(completion.usage.prompt_tokens_details.cached_tokens, 0);
});

test("legacy functions / function_call are answered with a function_call", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-small",
    messages: weatherQuestion,
    functions: [weatherTool.function],
    function_call: { name: "get_weather" },
  });
  const choice = completion.choices[0];
  assert.equal(choice.finish_reason, "function_call");
  assert.equal(choice.message.function_call.name, "get_weather");
  assertWeatherArguments(choice.message.function_call.arguments);
});

test("a strict zod tool with nested, nullable and enum-array fields is called with arguments zod accepts", options, async () => {
  const Booking = z.object({
    city: z.string(),
    nights: z.number().int().min(1).max(30),
    guests: z.object({ adults: z.number().int(), children: z.number().int().nullable() }),
    amenities: z.array(z.enum(["wifi", "parking", "breakfast"])),
    notes: z.string().nullable(),
  });
  const completion = await client.chat.completions.parse({
    model: "sim-medium",
    messages: [{ role: "user", content: "Book a hotel in Lisbon for 3 nights for two adults." }],
    tools: [zodFunction({ name: "book_hotel", description: "Book a hotel room", parameters: Booking })],
    tool_choice: { type: "function", function: { name: "book_hotel" } },
  });
  const call = completion.choices[0].message.tool_calls[0];
  assert.equal(call.function.name, "book_hotel");
  assert.deepEqual(Booking.strict().parse(call.function.parsed_arguments), call.function.parsed_arguments);
  assert.equal(call.function.parsed_arguments.city, "Lisbon");
});

test("an image given by https URL is accepted and costed without being fetched", options, async () => {
  const completion = await client.chat.completions.create({
    model: "sim-large",
    messages: [{
      role: "user",
      content: [
        { type: "text", text: "Describe this photo." },
        { type: "image_url", image_url: { url: "https://images.example.invalid/photo.jpg" } },
      ],
    }],
  });
  assert.match(completion.choices[0].message.content, /I see an image/);
  // Costed as 1024×1024 at auto detail: 4 tiles × 170 + 85 = 765 tokens.
  assert.ok(completion.usage.prompt_tokens > 765, `${completion.usage.prompt_tokens} prompt tokens`);
});
