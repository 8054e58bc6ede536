// The OpenAI Agents SDK (@openai/agents) against the gateway's Responses API: an agent calls its tool, the tool
// runs here, and the agent's final output comes back from the model answering from the tool's result.
import { test } from "node:test";
import assert from "node:assert/strict";
import OpenAI from "openai";
import { z } from "zod";
import { Agent, run, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled, tool } from "@openai/agents";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
// Traces would go to OpenAI's own endpoint: off. The Responses API is the SDK's default; said here so it stays so.
setTracingDisabled(true);
setOpenAIAPI("responses");
setDefaultOpenAIClient(new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 }));

test("an agent's tool is called and its final output arrives", { timeout: testTimeout }, async () => {
  const calls = [];
  const getWeather = tool({
    name: "get_weather",
    description: "Current weather for a city",
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => {
      calls.push(city);
      return `light snow in ${city}, -2 C`;
    },
  });
  // The model must call the tool first; the SDK then lets it choose (resetToolChoice), and it answers in text.
  const agent = new Agent({ name: "Weather", instructions: "Answer weather questions with the tool.", model: "sim-small", tools: [getWeather],
    modelSettings: { toolChoice: "required" } });

  const result = await run(agent, "What is the weather in Oslo?");

  assert.deepEqual(calls, ["Oslo"]);
  assert.match(result.finalOutput, /get_weather/);
  assert.match(result.finalOutput, /light snow in Oslo/);
});

test("a streamed agent run delivers the text as it comes and the same final output", { timeout: testTimeout }, async () => {
  const agent = new Agent({ name: "Support", instructions: "Be brief.", model: "sim-small" });

  const result = await run(agent, "Where is my parcel?", { stream: true });
  let text = "";
  for await (const event of result.toTextStream()) text += event;
  await result.completed;

  assert.match(text, /^\[sim-small\] /);
  assert.equal(result.finalOutput, text);
});
