using System.Text.Json;
using System.Text.Json.Serialization;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class StructuredOutputTests(SimulatorHost host)
{
    private const string TripSchema = """
        {
          "type": "object",
          "properties": {
            "destination": { "type": "string" },
            "nights": { "type": "integer", "minimum": 1, "maximum": 30 },
            "budget": { "type": "number", "exclusiveMinimum": 0 },
            "transport": { "type": "string", "enum": ["train", "plane", "car"] },
            "refundable": { "type": "boolean" },
            "stops": {
              "type": "array",
              "items": { "$ref": "#/$defs/stop" },
              "minItems": 1,
              "maxItems": 3
            },
            "notes": { "type": ["string", "null"] }
          },
          "required": ["destination", "nights", "budget", "transport", "refundable", "stops", "notes"],
          "additionalProperties": false,
          "$defs": {
            "stop": {
              "type": "object",
              "properties": { "city": { "type": "string" }, "days": { "type": "integer", "minimum": 1 } },
              "required": ["city", "days"],
              "additionalProperties": false
            }
          }
        }
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_strict_json_schema_answer_validates_and_deserialises_into_a_record()
    {
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("trip", BinaryData.FromString(TripSchema), jsonSchemaIsStrict: true),
        };
        var completion = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage("Plan 5 nights in Lisbon by train")], options, Token)).Value;

        var json = completion.Content[0].Text;
        SimHttp.Satisfies(TripSchema, json);
        var trip = JsonSerializer.Deserialize<Trip>(json, new JsonSerializerOptions(JsonSerializerOptions.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow })!;
        Assert.Equal("Lisbon", trip.Destination);
        Assert.Equal(5, trip.Nights);
        Assert.NotEmpty(trip.Stops);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
    }

    [Fact]
    public async Task Json_schema_answers_stream_token_by_token_to_the_same_text()
    {
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("trip", BinaryData.FromString(TripSchema)) };
        List<ChatMessage> messages = [new UserChatMessage("A weekend in Ghent")];
        var whole = (await host.Chat("sim-small").CompleteChatAsync(messages, options, Token)).Value.Content[0].Text;

        var pieces = new List<string>();
        await foreach (var update in host.Chat("sim-small").CompleteChatStreamingAsync(messages, options, Token))
        {
            pieces.AddRange(update.ContentUpdate.Select(p => p.Text));
        }

        Assert.Equal(whole, string.Concat(pieces));
        Assert.True(pieces.Count > 10);
    }

    [Fact]
    public async Task Different_conversations_pick_different_enum_values()
    {
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("trip", BinaryData.FromString(TripSchema)) };
        var transports = new HashSet<string>();
        for (var i = 0; i < 12; i++)
        {
            var json = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage($"Trip number {i}")], options, Token)).Value.Content[0].Text;
            transports.Add(JsonDocument.Parse(json).RootElement.GetProperty("transport").GetString()!);
        }

        Assert.True(transports.Count > 1, "the enum pick should depend on the conversation");
        Assert.Subset(new HashSet<string> { "train", "plane", "car" }, transports);
    }

    private sealed record Trip(string Destination, int Nights, double Budget, string Transport, bool Refundable, List<Stop> Stops, string? Notes);

    private sealed record Stop(string City, int Days);
}
