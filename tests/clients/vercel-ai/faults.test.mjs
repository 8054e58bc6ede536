// What the Vercel AI SDK sees when the model fails: a cut stream and a primary that is down.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { generateText, stepCountIs, streamText, tool } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { z } from "zod";
import { gatewayFor, simulatorFault, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const openai = createOpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey });
const options = { timeout: testTimeout };
const primary = "sim-large";
const backup = "sim-medium";
after(() => simulatorFault(gateway, primary, "none"));

test("a cut stream is reported as an error, not finished as a short answer", options, async () => {
  await simulatorFault(gateway, primary, "cut");
  const errors = [];
  const stream = streamText({ model: openai.chat(primary), prompt: "Tell me a long story.", maxRetries: 0, onError: ({ error }) => errors.push(error) });
  let thrown = null;
  try {
    for await (const _ of stream.textStream) {
      // read to the end
    }
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown || errors.length > 0, "the cut stream ended without any error");
  await assert.rejects(stream.finishReason, "a cut stream has no finish reason");
});

test("generateText with a tool on a primary that is down runs the tool with the backup's call", options, async () => {
  await simulatorFault(gateway, primary, "down");
  const calls = [];
  const result = await generateText({
    model: openai.chat(primary),
    prompt: "What is the weather in Paris today?",
    maxRetries: 0,
    tools: {
      get_weather: tool({
        description: "Current weather for a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => {
          calls.push(city);
          return { city, conditions: "foggy" };
        },
      }),
    },
    stopWhen: stepCountIs(3),
  });
  assert.deepEqual(calls, ["Paris"]);
  assert.equal(result.response.modelId, backup);
  assert.equal(result.response.headers["x-llmactors-fallback"], "true");
  assert.ok(result.text.includes("foggy"), result.text);
});
