// LangChain JS (@langchain/openai's ChatOpenAI, Chat Completions) against the gateway.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import { gatewayFor, testTimeout } from "../support/gateway.mjs";
import { pngDataUrl } from "../support/png.mjs";

const gateway = gatewayFor(import.meta.url);
const options = { timeout: testTimeout };

function chat(model = "sim-small") {
  // maxRetries 0: a gateway error must fail the test rather than be retried away.
  return new ChatOpenAI({ model, apiKey: gateway.apiKey, configuration: { baseURL: gateway.openAiBaseURL }, maxRetries: 0 });
}

const WeatherInput = z.object({
  city: z.string().describe("The city to look up"),
  unit: z.enum(["celsius", "fahrenheit"]),
});
let weatherCalls = [];
const getWeather = tool(
  async ({ city, unit }) => {
    weatherCalls.push({ city, unit });
    return JSON.stringify({ city, temperature: 18, unit, conditions: "drizzle" });
  },
  { name: "get_weather", description: "Current weather for a city", schema: WeatherInput },
);
const question = () => [new HumanMessage("What is the weather in Paris today?")];

test("invoke answers with text and usage metadata", options, async () => {
  const message = await chat().invoke([new HumanMessage("Where is my parcel?")]);
  assert.match(message.content, /^\[sim-small\] \S/);
  assert.equal(message.response_metadata.model_name, "sim-small");
  const usage = message.usage_metadata;
  assert.ok(usage.input_tokens > 0 && usage.output_tokens > 0);
  assert.equal(usage.total_tokens, usage.input_tokens + usage.output_tokens);
});

test("stream yields several chunks that concatenate to the invoke answer, usage included", options, async () => {
  const model = chat("sim-medium");
  const messages = [new HumanMessage("Tell me a short story about a lighthouse.")];
  const whole = await model.invoke(messages);
  let merged;
  let chunks = 0;
  for await (const chunk of await model.stream(messages)) {
    merged = merged ? merged.concat(chunk) : chunk;
    chunks++;
  }
  assert.ok(chunks > 2, `only ${chunks} chunk(s)`);
  assert.equal(merged.content, whole.content);
  assert.equal(merged.usage_metadata.output_tokens, whole.usage_metadata.output_tokens);
  assert.equal(merged.usage_metadata.input_tokens, whole.usage_metadata.input_tokens);
});

test("bindTools with a named tool_choice produces a tool call whose args match the schema, and the round trip answers from the result", options, async () => {
  weatherCalls = [];
  const model = chat().bindTools([getWeather], { tool_choice: "get_weather" });
  const first = await model.invoke(question());
  assert.equal(first.tool_calls.length, 1);
  const call = first.tool_calls[0];
  assert.equal(call.name, "get_weather");
  assert.match(call.id, /^call_/);
  assert.deepEqual(WeatherInput.strict().parse(call.args), call.args);
  assert.equal(call.args.city, "Paris");

  const toolMessage = await getWeather.invoke(call);
  assert.deepEqual(weatherCalls, [call.args]);
  const answer = await chat().bindTools([getWeather]).invoke([...question(), first, toolMessage]);
  assert.equal(answer.tool_calls.length, 0);
  assert.ok(answer.content.includes("drizzle") && answer.content.includes("18"), `the answer does not use the tool result: ${answer.content}`);
});

test("a streamed tool call merges into the same tool call as invoke", options, async () => {
  const model = chat().bindTools([getWeather], { tool_choice: "get_weather" });
  const whole = await model.invoke(question());
  let merged;
  for await (const chunk of await model.stream(question())) {
    merged = merged ? merged.concat(chunk) : chunk;
  }
  assert.equal(merged.tool_calls.length, 1);
  assert.equal(merged.tool_calls[0].name, "get_weather");
  assert.deepEqual(merged.tool_calls[0].args, whole.tool_calls[0].args);
});

test("tool_choice auto calls the tool whose description matches the question", options, async () => {
  const message = await chat().bindTools([getWeather]).invoke(question());
  assert.equal(message.tool_calls.length, 1);
  assert.equal(message.tool_calls[0].name, "get_weather");
});

const Ticket = z.object({
  title: z.string(),
  priority: z.enum(["low", "medium", "high"]),
  tags: z.array(z.string()),
  estimateHours: z.number(),
});

test("withStructuredOutput (json_schema, the default for these models) returns a parsed object", options, async () => {
  const ticket = await chat("sim-large").withStructuredOutput(Ticket, { name: "ticket" })
    .invoke([new HumanMessage("File a ticket: the checkout page times out.")]);
  assert.deepEqual(Ticket.strict().parse(ticket), ticket);
});

test("withStructuredOutput through function calling returns a parsed object", options, async () => {
  const ticket = await chat("sim-large").withStructuredOutput(Ticket, { name: "ticket", method: "functionCalling" })
    .invoke([new HumanMessage("File a ticket: the checkout page times out.")]);
  assert.deepEqual(Ticket.strict().parse(ticket), ticket);
});

test("an image_url content block reaches the model as an image", options, async () => {
  const message = await chat("sim-medium").invoke([new HumanMessage({
    content: [{ type: "text", text: "What is in this picture?" }, { type: "image_url", image_url: { url: pngDataUrl(800, 600), detail: "high" } }],
  })]);
  assert.ok(message.content.includes("800×600, high detail"), message.content);
});
