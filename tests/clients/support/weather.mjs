// The weather tool the OpenAI SDK tests share (Chat Completions shape) and the checks on its arguments.
import assert from "node:assert/strict";

export const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    strict: true,
    parameters: {
      type: "object",
      properties: {
        city: { type: "string" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
      },
      required: ["city", "unit"],
      additionalProperties: false,
    },
  },
};

export const weatherQuestion = [{ role: "user", content: "What is the weather in Paris today?" }];

export const callWeather = { type: "function", function: { name: "get_weather" } };

/** The arguments hold exactly the schema's fields, the city from the question and a unit from the enum. */
export function assertWeatherArguments(json) {
  const args = JSON.parse(json);
  assert.deepEqual(Object.keys(args).sort(), ["city", "unit"]);
  assert.equal(args.city, "Paris");
  assert.ok(["celsius", "fahrenheit"].includes(args.unit), `unit ${args.unit} is not in the enum`);
}
