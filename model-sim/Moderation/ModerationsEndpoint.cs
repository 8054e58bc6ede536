using System.Diagnostics;

namespace LlmActors.ModelSim.Moderation;

/// <summary><c>POST /v1/moderations</c>: the hidden truth of each input as this model perceives it, in the OpenAI shape.</summary>
internal sealed class ModerationsEndpoint(ModelSimulator simulator)
{
    private static readonly JsonEncodedText TextInput = JsonEncodedText.Encode("text");

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.ModerationBody);
        var request = ModerationRequestParser.Parse(body, simulator.Catalog);
        if (await simulator.WaitForAnswerAsync(context, request.Model, started))
        {
            await JsonResponse.WriteAsync(context.Response, request, Write);
        }
    }

    private static void Write(Utf8JsonWriter json, (SimModel Model, string[] Inputs) request)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, ResponseIds.New("modr-"));
        json.WriteString("model"u8, request.Model.EncodedName);
        json.WriteStartArray("results"u8);
        foreach (var input in request.Inputs)
        {
            WriteResult(json, request.Model, input);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SimModel model, string input)
    {
        var truth = RiskAnalyzer.Analyze(input);
        var noise = ModerationJudge.Noise(model, input);
        var categories = ModerationCategories.All;
        Span<double> scores = stackalloc double[categories.Length];
        var flagged = false;
        for (var i = 0; i < categories.Length; i++)
        {
            scores[i] = ModerationJudge.Perceive(categories[i].Truth(truth), noise);
            flagged |= scores[i] >= 0.5;
        }

        json.WriteStartObject();
        json.WriteBoolean("flagged"u8, flagged);
        json.WriteStartObject("categories"u8);
        for (var i = 0; i < categories.Length; i++)
        {
            json.WriteBoolean(categories[i].EncodedName, scores[i] >= 0.5);
        }

        json.WriteEndObject();
        json.WriteStartObject("category_scores"u8);
        for (var i = 0; i < categories.Length; i++)
        {
            json.WriteNumber(categories[i].EncodedName, Math.Round(scores[i], 6));
        }

        json.WriteEndObject();
        json.WriteStartObject("category_applied_input_types"u8);
        foreach (var category in categories)
        {
            json.WriteStartArray(category.EncodedName);
            json.WriteStringValue(TextInput);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
