// What the official OpenAI Node SDK sees when the model fails: a stream cut after it started, and a primary
// that is down (the fallback chain answers). Faults are set on the embedded simulator and cleared after.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import OpenAI, { APIError } from "openai";
import { gatewayFor, simulatorFault, testTimeout } from "../support/gateway.mjs";
import { assertWeatherArguments, callWeather, weatherQuestion, weatherTool } from "../support/weather.mjs";

const gateway = gatewayFor(import.meta.url);
const client = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 });
const options = { timeout: testTimeout };
// sim-large falls back to sim-medium (README, default catalog).
const primary = "sim-large";
const backup = "sim-medium";
after(() => simulatorFault(gateway, primary, "none"));

test("a stream cut after it started raises the gateway's stream_interrupted APIError, never a short answer", options, async () => {
  await simulatorFault(gateway, primary, "cut");
  // Three times: the error event used to be lost in most cut streams, leaving the SDK a bare connection reset.
  for (let attempt = 1; attempt <= 3; attempt++) {
    let text = "";
    await assert.rejects(
      async () => {
        const stream = await client.chat.completions.create({ model: primary, stream: true, messages: [{ role: "user", content: "Tell me a long story." }] });
        for await (const chunk of stream) {
          text += chunk.choices[0]?.delta?.content ?? "";
        }
      },
      error => {
        assert.ok(error instanceof APIError, `attempt ${attempt}: ${error}`);
        assert.equal(error.code, "stream_interrupted");
        assert.equal(error.type, "server_error");
        return true;
      },
    );
    assert.ok(text.startsWith(`[${primary}]`), `the cut came after the first text: ${JSON.stringify(text)}`);
  }
});

test("a primary that is down is answered by its backup with the same tool call", options, async () => {
  await simulatorFault(gateway, primary, "down");
  const { data, response } = await client.chat.completions
    .create({ model: primary, messages: weatherQuestion, tools: [weatherTool], tool_choice: callWeather })
    .withResponse();
  assert.equal(response.headers.get("x-llmactors-fallback"), "true");
  assert.equal(response.headers.get("x-llmactors-model"), backup);
  assert.equal(data.choices[0].finish_reason, "tool_calls");
  assert.equal(data.choices[0].message.tool_calls[0].function.name, "get_weather");
  assertWeatherArguments(data.choices[0].message.tool_calls[0].function.arguments);
});

test("a streamed request to a primary that is down streams the backup's tool call", options, async () => {
  await simulatorFault(gateway, primary, "down");
  const { data: stream, response } = await client.chat.completions
    .create({ model: primary, stream: true, messages: weatherQuestion, tools: [weatherTool], tool_choice: callWeather })
    .withResponse();
  assert.equal(response.headers.get("x-llmactors-fallback"), "true");
  let name = "";
  let args = "";
  for await (const chunk of stream) {
    assert.equal(chunk.model, backup);
    for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
      name += delta.function?.name ?? "";
      args += delta.function?.arguments ?? "";
    }
  }
  assert.equal(name, "get_weather");
  assertWeatherArguments(args);
});
