// The official OpenAI Node SDK's error classes for what the gateway refuses: each must be the class and status
// an application catches, with OpenAI's error fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import OpenAI, { AuthenticationError, BadRequestError, RateLimitError } from "openai";
import { asAdmin, gatewayFor, unknownKey, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const client = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey, maxRetries: 0 });
const options = { timeout: testTimeout };
const hello = [{ role: "user", content: "Hi" }];

function expectBadRequest(param, code) {
  return error => {
    assert.ok(error instanceof BadRequestError, `${error}`);
    assert.equal(error.status, 400);
    assert.equal(error.type, "invalid_request_error");
    assert.equal(error.param, param);
    if (code) {
      assert.equal(error.code, code);
    }
    return true;
  };
}

test("a wrong key is an AuthenticationError (401)", options, async () => {
  const stranger = new OpenAI({ baseURL: gateway.openAiBaseURL, apiKey: unknownKey, maxRetries: 0 });
  await assert.rejects(
    stranger.chat.completions.create({ model: "sim-small", messages: hello }),
    error => error instanceof AuthenticationError && error.status === 401,
  );
});

test("an unknown model is a 400 naming the model parameter", options, async () => {
  await assert.rejects(client.chat.completions.create({ model: "no-such-model", messages: hello }), expectBadRequest("model", "model_not_found"));
});

test("an unknown model on a stream is the same 400, before any chunk", options, async () => {
  await assert.rejects(
    (async () => {
      for await (const _ of await client.chat.completions.create({ model: "no-such-model", stream: true, messages: hello })) {
        assert.fail("a chunk arrived");
      }
    })(),
    expectBadRequest("model", "model_not_found"),
  );
});

test("a missing messages field is a 400 naming it", options, async () => {
  await assert.rejects(client.chat.completions.create({ model: "sim-small" }), expectBadRequest("messages"));
});

test("a tool message answering no earlier call is a 400 naming its tool_call_id", options, async () => {
  await assert.rejects(
    client.chat.completions.create({
      model: "sim-small",
      messages: [...hello, { role: "tool", tool_call_id: "call_never_made", content: "{}" }],
    }),
    expectBadRequest("messages[1].tool_call_id"),
  );
});

test("a spent budget is a RateLimitError (429) with code budget_exceeded and Retry-After", options, async () => {
  await asAdmin(gateway, "PUT", `/admin/projects/${gateway.projectId}/budget`, { dailyTokenLimit: 20 });
  await assert.rejects(
    client.chat.completions.create({ model: "sim-small", messages: [{ role: "user", content: "Write a long poem about budgets." }] }),
    error => {
      assert.ok(error instanceof RateLimitError, `${error}`);
      assert.equal(error.status, 429);
      assert.equal(error.code, "budget_exceeded");
      assert.ok(Number(error.headers.get("retry-after")) > 0);
      return true;
    },
  );
});

test("a spent budget fails at once with the SDK's default retries, in one request", options, async () => {
  await asAdmin(gateway, "PUT", `/admin/projects/${gateway.projectId}/budget`, { dailyTokenLimit: 20 });
  let requests = 0;
  // Default maxRetries (2): the SDK retries a 429 after its Retry-After, here the hours until the budget resets.
  const patient = new OpenAI({
    baseURL: gateway.openAiBaseURL,
    apiKey: gateway.apiKey,
    fetch: (url, init) => {
      requests++;
      return fetch(url, init);
    },
  });
  const started = Date.now();
  await assert.rejects(
    patient.chat.completions.create({ model: "sim-small", messages: [{ role: "user", content: "Write a long poem about budgets." }] }),
    error => error instanceof RateLimitError && error.code === "budget_exceeded",
  );
  assert.equal(requests, 1, "the budget refusal was retried");
  assert.ok(Date.now() - started < 5_000, `the refusal took ${Date.now() - started} ms`);
});
