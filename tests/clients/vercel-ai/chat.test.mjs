// The Vercel AI SDK (ai + @ai-sdk/openai) against the gateway. openai.chat(...) is the Chat Completions
// model; the SDK's default openai(...) speaks the Responses API, which the gateway does not serve yet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { generateObject, generateText, jsonSchema, stepCountIs, streamObject, streamText, tool } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { z } from "zod";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";
import { pngDataUrl } from "../support/png.mjs";

const gateway = gatewayFor(import.meta.url);
const openai = createOpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey });
const options = { timeout: testTimeout };
// maxRetries 0 everywhere: a gateway error must fail the test rather than be retried away.
const common = { maxRetries: 0 };

function weatherTool(calls) {
  return tool({
    description: "Current weather for a city",
    inputSchema: z.object({ city: z.string(), unit: z.enum(["celsius", "fahrenheit"]) }),
    execute: async ({ city, unit }) => {
      calls.push({ city, unit });
      return { city, temperature: 24, unit, conditions: "windy" };
    },
  });
}
const weatherQuestion = "What is the weather in Paris today?";

test("generateText with a tool: execute is called with schema-valid input and the final text uses its result", options, async () => {
  const calls = [];
  const result = await generateText({
    ...common,
    model: openai.chat("sim-small"),
    prompt: weatherQuestion,
    tools: { get_weather: weatherTool(calls) },
    stopWhen: stepCountIs(3),
  });
  assert.equal(calls.length, 1, `execute called ${calls.length} times`);
  assert.equal(calls[0].city, "Paris");
  assert.ok(["celsius", "fahrenheit"].includes(calls[0].unit));
  assert.equal(result.steps.length, 2);
  assert.equal(result.steps[0].finishReason, "tool-calls");
  assert.equal(result.finishReason, "stop");
  assert.ok(result.text.includes("windy") && result.text.includes("24"), `the final text does not use the tool result: ${result.text}`);
  assert.ok(result.totalUsage.inputTokens > result.usage.inputTokens, "total usage covers both steps");
});

test("a forced toolChoice gets one call with the schema's fields", options, async () => {
  const result = await generateText({
    ...common,
    model: openai.chat("sim-medium"),
    prompt: weatherQuestion,
    tools: { get_weather: tool({ description: "Current weather for a city", inputSchema: z.object({ city: z.string(), unit: z.enum(["celsius", "fahrenheit"]) }) }) },
    toolChoice: { type: "tool", toolName: "get_weather" },
  });
  assert.equal(result.finishReason, "tool-calls");
  assert.equal(result.toolCalls.length, 1);
  assert.equal(result.toolCalls[0].toolName, "get_weather");
  assert.deepEqual(Object.keys(result.toolCalls[0].input).sort(), ["city", "unit"]);
});

test("streamText streams the same text as generateText, with usage", options, async () => {
  const request = { ...common, model: openai.chat("sim-medium"), prompt: "Tell me a short story about a lighthouse." };
  const whole = await generateText(request);
  const errors = [];
  const stream = streamText({ ...request, onError: ({ error }) => errors.push(error) });
  const parts = [];
  for await (const text of stream.textStream) {
    parts.push(text);
  }
  assert.deepEqual(errors, []);
  assert.ok(parts.length > 1, `only ${parts.length} text part(s)`);
  assert.equal(parts.join(""), whole.text);
  const usage = await stream.usage;
  assert.equal(usage.outputTokens, whole.usage.outputTokens);
  assert.ok(usage.inputTokens > 0);
  assert.equal(await stream.finishReason, "stop");
});

test("streamText with a tool runs it and streams the final text", options, async () => {
  const calls = [];
  const errors = [];
  const stream = streamText({
    ...common,
    model: openai.chat("sim-small"),
    prompt: weatherQuestion,
    tools: { get_weather: weatherTool(calls) },
    stopWhen: stepCountIs(3),
    onError: ({ error }) => errors.push(error),
  });
  let text = "";
  for await (const part of stream.textStream) {
    text += part;
  }
  assert.deepEqual(errors, []);
  assert.equal(calls.length, 1);
  assert.equal(calls[0].city, "Paris");
  assert.ok(text.includes("windy"), text);
});

const Recipe = z.object({
  name: z.string(),
  servings: z.number().int(),
  vegetarian: z.boolean(),
  ingredients: z.array(z.object({ item: z.string(), grams: z.number() })),
  difficulty: z.enum(["easy", "medium", "hard"]),
});

test("generateObject with a zod schema returns a valid object", options, async () => {
  const { object, finishReason } = await generateObject({
    ...common, model: openai.chat("sim-large"), schema: Recipe, schemaName: "recipe", prompt: "A recipe for pancakes.",
  });
  assert.equal(finishReason, "stop");
  assert.deepEqual(Recipe.strict().parse(object), object);
});

test("generateObject with a plain JSON schema returns a valid object", options, async () => {
  const schema = jsonSchema({
    type: "object",
    properties: {
      sentiment: { type: "string", enum: ["positive", "neutral", "negative"] },
      confidence: { type: "number", minimum: 0, maximum: 1 },
    },
    required: ["sentiment", "confidence"],
    additionalProperties: false,
  });
  const { object } = await generateObject({ ...common, model: openai.chat("sim-small"), schema, prompt: "Classify: I love this product." });
  assert.deepEqual(Object.keys(object).sort(), ["confidence", "sentiment"]);
  assert.ok(["positive", "neutral", "negative"].includes(object.sentiment));
  assert.ok(object.confidence >= 0 && object.confidence <= 1);
});

test("streamObject streams partial objects ending in a valid one", options, async () => {
  const errors = [];
  const stream = streamObject({ ...common, model: openai.chat("sim-large"), schema: Recipe, prompt: "A recipe for pancakes.", onError: ({ error }) => errors.push(error) });
  let partials = 0;
  for await (const _ of stream.partialObjectStream) {
    partials++;
  }
  assert.deepEqual(errors, []);
  assert.ok(partials > 1, `only ${partials} partial object(s)`);
  const object = await stream.object;
  assert.deepEqual(Recipe.strict().parse(object), object);
});

test("an image part reaches the model as an image", options, async () => {
  const { text } = await generateText({
    ...common,
    model: openai.chat("sim-medium"),
    messages: [{ role: "user", content: [{ type: "text", text: "What is in this picture?" }, { type: "image", image: pngDataUrl(320, 200) }] }],
  });
  assert.ok(text.includes("320×200"), text);
});
