// The Vercel AI SDK when the project's budget is spent: the gateway's 429 and message reach the caller.
import { test } from "node:test";
import assert from "node:assert/strict";
import { APICallError, generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { asAdmin, gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const openai = createOpenAI({ baseURL: gateway.openAiBaseURL, apiKey: gateway.apiKey });

test("a spent budget is an APICallError 429 carrying the gateway's message", { timeout: testTimeout }, async () => {
  await asAdmin(gateway, "PUT", `/admin/projects/${gateway.projectId}/budget`, { dailyTokenLimit: 20 });
  await assert.rejects(
    generateText({ model: openai.chat("sim-small"), prompt: "Write a long poem about budgets.", maxRetries: 0 }),
    error => {
      assert.ok(APICallError.isInstance(error), `${error}`);
      assert.equal(error.statusCode, 429);
      assert.match(error.message, /daily token budget/);
      assert.ok(Number(error.responseHeaders["retry-after"]) > 0);
      return true;
    },
  );
});
