// What LangChain JS sees when the model fails: a cut stream and a primary that is down.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage } from "@langchain/core/messages";
import { gatewayFor, simulatorFault, testTimeout } from "../support/gateway.mjs";

const gateway = gatewayFor(import.meta.url);
const options = { timeout: testTimeout };
const primary = "sim-large";
const backup = "sim-medium";
const model = new ChatOpenAI({ model: primary, apiKey: gateway.apiKey, configuration: { baseURL: gateway.openAiBaseURL }, maxRetries: 0 });
after(() => simulatorFault(gateway, primary, "none"));

test("a cut stream throws the gateway's stream_interrupted error from .stream", options, async () => {
  await simulatorFault(gateway, primary, "cut");
  let text = "";
  await assert.rejects(
    async () => {
      for await (const chunk of await model.stream([new HumanMessage("Tell me a long story.")])) {
        text += chunk.content;
      }
    },
    error => {
      assert.equal(error.code, "stream_interrupted", `${error}`);
      return true;
    },
  );
  assert.ok(text.length > 0, "the cut came after some text");
});

test("invoke on a primary that is down is answered by the backup", options, async () => {
  await simulatorFault(gateway, primary, "down");
  const message = await model.invoke([new HumanMessage("Where is my parcel?")]);
  assert.equal(message.response_metadata.model_name, backup);
  assert.match(message.content, new RegExp(`^\\[${backup}\\] `));
});
