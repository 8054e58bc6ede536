// LangChain JS when the project's budget is spent: its default retries (6) must not wait for the reset.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage } from "@langchain/core/messages";
import { asAdmin, gatewayFor, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);

test("a spent budget fails invoke at once with a 429, default retries on", { timeout: testTimeout }, async () => {
  await asAdmin(gateway, "PUT", `/admin/projects/${gateway.projectId}/budget`, { dailyTokenLimit: 20 });
  const model = new ChatOpenAI({ model: "sim-small", apiKey: gateway.apiKey, configuration: { baseURL: gateway.openAiBaseURL } });
  const started = Date.now();
  await assert.rejects(model.invoke([new HumanMessage("Write a long poem about budgets.")]), error => {
    assert.equal(error.status, 429, `${error}`);
    assert.equal(error.code, "budget_exceeded");
    return true;
  });
  assert.ok(Date.now() - started < 5_000, `the refusal took ${Date.now() - started} ms`);
});
