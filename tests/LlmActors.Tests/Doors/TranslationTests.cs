using System.Text;
using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Models;
using LlmActors.Grains.Translation;

namespace LlmActors.Tests.Doors;

/// <summary>The translators as plain functions: what each door's request becomes in another API, and what comes back.</summary>
public sealed class TranslationTests
{
    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;

    [Fact]
    public void A_Responses_request_becomes_Chat_Completions_with_its_calls_joined_to_the_assistant_turn()
    {
        var chat = ResponsesToChat.Request(Parse("""
            {"model":"m","instructions":"Be brief.","max_output_tokens":50,"reasoning":{"effort":"low"},
             "text":{"format":{"type":"json_schema","name":"answer","schema":{"type":"object"},"strict":true}},
             "tools":[{"type":"function","name":"get_weather","description":"d","parameters":{"type":"object"}}],
             "tool_choice":{"type":"function","name":"get_weather"},
             "input":[{"role":"user","content":[{"type":"input_text","text":"Weather?"},{"type":"input_image","image_url":"https://x/y.png"}]},
                      {"type":"reasoning","id":"rs_1","summary":[]},
                      {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Let me look."}]},
                      {"type":"function_call","call_id":"c1","name":"get_weather","arguments":"{\"city\":\"Oslo\"}"},
                      {"type":"function_call","call_id":"c2","name":"get_weather","arguments":"{\"city\":\"Bergen\"}"},
                      {"type":"function_call_output","call_id":"c1","output":"snow"},
                      {"type":"function_call_output","call_id":"c2","output":"rain"}]}
            """));

        var messages = (JsonArray)chat["messages"]!;
        Assert.Equal(["system", "user", "assistant", "tool", "tool"], messages.Select(m => Nodes.Str(m, "role")));
        Assert.Equal("image_url", Nodes.Str(messages[1]!["content"]![1], "type"));
        Assert.Equal("Let me look.", Nodes.Str(messages[2], "content"));
        Assert.Equal(["c1", "c2"], ((JsonArray)messages[2]!["tool_calls"]!).Select(c => Nodes.Str(c, "id")));
        Assert.Equal(("c2", "rain"), (Nodes.Str(messages[4], "tool_call_id"), Nodes.Str(messages[4], "content")));
        Assert.Equal("get_weather", Nodes.Str(chat["tools"]![0]!["function"], "name"));
        Assert.Equal("get_weather", Nodes.Str(chat["tool_choice"]!["function"], "name"));
        Assert.Equal("answer", Nodes.Str(chat["response_format"]!["json_schema"], "name"));
        Assert.Equal((50, "low"), (Nodes.Int(chat, "max_completion_tokens"), Nodes.Str(chat, "reasoning_effort")));
    }

    [Fact]
    public void A_built_in_tool_cannot_be_translated_and_says_which_field()
    {
        var error = Assert.Throws<TranslationException>(() => ResponsesToChat.Request(Parse("""{"input":"hi","tools":[{"type":"web_search"}]}""")));

        Assert.Equal("tools[0].type", error.Param);
    }

    [Fact]
    public void A_Chat_Completions_request_becomes_Anthropic_Messages_with_tool_results_in_one_user_turn()
    {
        var messages = ChatToMessages.Request(Parse("""
            {"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"Look"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]},
                         {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}},{"id":"c2","type":"function","function":{"name":"f","arguments":"{}"}}]},
                         {"role":"tool","tool_call_id":"c1","content":"one"},{"role":"tool","tool_call_id":"c2","content":"two"}],
             "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],"tool_choice":"required","parallel_tool_calls":false,
             "stop":"END","temperature":1.6,"user":"alice"}
            """), defaultMaxTokens: 321);

        Assert.Equal("Be brief.", Nodes.Str(messages, "system"));
        Assert.Equal(321, Nodes.Int(messages, "max_tokens"));
        var list = (JsonArray)messages["messages"]!;
        Assert.Equal(["user", "assistant", "user"], list.Select(m => Nodes.Str(m, "role")));
        Assert.Equal(("base64", "image/png"), (Nodes.Str(list[0]!["content"]![1]!["source"], "type"), Nodes.Str(list[0]!["content"]![1]!["source"], "media_type")));
        Assert.Equal(1, Nodes.Int(list[1]!["content"]![0]!["input"], "a"));
        Assert.Equal(["c1", "c2"], ((JsonArray)list[2]!["content"]!).Select(b => Nodes.Str(b, "tool_use_id")));
        Assert.Equal(("any", true), (Nodes.Str(messages["tool_choice"], "type"), Nodes.Bool(messages["tool_choice"], "disable_parallel_tool_use")));
        Assert.Equal("END", Nodes.Str(messages["stop_sequences"]![0]));
        Assert.Equal(1.0, messages["temperature"]!.GetValue<double>());
        Assert.Equal("alice", Nodes.Str(messages["metadata"], "user_id"));
    }

    [Fact]
    public void Anthropic_usage_counts_cache_reads_and_writes_into_the_prompt_and_maps_its_stop_reasons()
    {
        var chat = MessagesToChat.Answer(Parse("""
            {"id":"msg_1","content":[{"type":"thinking","thinking":"hmm"},{"type":"text","text":"Hi"},{"type":"tool_use","id":"t1","name":"f","input":{"a":1}}],
             "stop_reason":"tool_use","usage":{"input_tokens":10,"cache_read_input_tokens":100,"cache_creation_input_tokens":5,"output_tokens":7}}
            """), "claude");

        var choice = chat["choices"]![0]!;
        Assert.Equal("tool_calls", Nodes.Str(choice, "finish_reason"));
        Assert.Equal(("Hi", "hmm"), (Nodes.Str(choice["message"], "content"), Nodes.Str(choice["message"], "reasoning_content")));
        Assert.Equal("{\"a\":1}", Nodes.Str(choice["message"]!["tool_calls"]![0]!["function"], "arguments"));
        Assert.Equal((115, 7, 100), (Nodes.Int(chat["usage"], "prompt_tokens"), Nodes.Int(chat["usage"], "completion_tokens"), Nodes.Int(chat["usage"]!["prompt_tokens_details"], "cached_tokens")));
        Assert.Equal(["length", "stop", "content_filter"], new[] { "max_tokens", "stop_sequence", "refusal" }.Select(StopReasons.ToFinish));
    }

    [Fact]
    public void A_chat_stream_becomes_Responses_events_numbered_in_order_with_each_item_closed_before_the_next()
    {
        var encoder = new ChatToResponsesEncoder(Parse("""{"input":"hi"}"""), "m", 1);
        var events = new List<byte[]>();
        events.AddRange(encoder.Chunk(Delta(text: "Hel")));
        events.AddRange(encoder.Chunk(Delta(text: "lo")));
        events.AddRange(encoder.Chunk(Delta(call: new AnswerToolCall(0, "call_1", new AnswerFunction("f", "")))));
        events.AddRange(encoder.Chunk(Delta(call: new AnswerToolCall(0, null, new AnswerFunction(null, "{\"a\":")))));
        events.AddRange(encoder.Chunk(Delta(call: new AnswerToolCall(0, null, new AnswerFunction(null, "1}")))));
        events.AddRange(encoder.Finish(new ChatUsage("m", 10, 5, 0m, false), "tool_calls"));

        var parsed = events.Select(e => (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(e))!).ToList();
        Assert.Equal(
            ["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added", "response.output_text.delta",
             "response.output_text.delta", "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.output_item.added",
             "response.function_call_arguments.delta", "response.function_call_arguments.delta", "response.function_call_arguments.done", "response.output_item.done",
             "response.completed"],
            parsed.Select(e => Nodes.Str(e, "type")));
        Assert.Equal(Enumerable.Range(0, parsed.Count), parsed.Select(e => Nodes.Int(e, "sequence_number")));
        var completed = parsed[^1]["response"]!;
        Assert.Equal(["message", "function_call"], ((JsonArray)completed["output"]!).Select(i => Nodes.Str(i, "type")));
        Assert.Equal(("Hello", "{\"a\":1}", "call_1"), (Nodes.Str(completed["output"]![0]!["content"]![0], "text"), Nodes.Str(completed["output"]![1], "arguments"), Nodes.Str(completed["output"]![1], "call_id")));
        Assert.Equal((10, 5, 15), (Nodes.Int(completed["usage"], "input_tokens"), Nodes.Int(completed["usage"], "output_tokens"), Nodes.Int(completed["usage"], "total_tokens")));
    }

    [Fact]
    public void A_chat_stream_becomes_Anthropic_events_with_a_block_per_text_or_call()
    {
        var encoder = new ChatToMessagesEncoder("m");
        var events = new List<byte[]>();
        events.AddRange(encoder.Chunk(Delta(text: "Hi")));
        events.AddRange(encoder.Chunk(Delta(call: new AnswerToolCall(0, "call_1", new AnswerFunction("f", "{}")))));
        events.AddRange(encoder.Finish(new ChatUsage("m", 10, 5, 0m, false, CachedTokens: 4), "tool_calls"));

        var parsed = events.Select(e => (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(e))!).ToList();
        Assert.Equal(
            ["message_start", "ping", "content_block_start", "content_block_delta", "content_block_stop", "content_block_start", "content_block_delta",
             "content_block_stop", "message_delta", "message_stop"],
            parsed.Select(e => Nodes.Str(e, "type")));
        Assert.Equal([0, 1], parsed.Where(e => Nodes.Str(e, "type") == "content_block_start").Select(e => Nodes.Int(e, "index")));
        var end = parsed[^2];
        Assert.Equal("tool_use", Nodes.Str(end["delta"], "stop_reason"));
        Assert.Equal((6, 4, 5), (Nodes.Int(end["usage"], "input_tokens"), Nodes.Int(end["usage"], "cache_read_input_tokens"), Nodes.Int(end["usage"], "output_tokens")));
    }

    [Fact]
    public void Each_door_goes_to_the_API_its_provider_speaks()
    {
        Assert.True(WireRoute.For(ChatEndpoint.Messages, ProviderApi.Anthropic).Native);
        Assert.True(WireRoute.For(ChatEndpoint.Responses, ProviderApi.Responses).Native);
        Assert.Equal(ChatEndpoint.ChatCompletions, WireRoute.For(ChatEndpoint.Responses, ProviderApi.Chat).Sent);
        Assert.Equal(ChatEndpoint.ChatCompletions, WireRoute.For(ChatEndpoint.Messages, ProviderApi.Responses).Sent);
        Assert.Equal(ChatEndpoint.Messages, WireRoute.For(ChatEndpoint.ChatCompletions, ProviderApi.Anthropic).Sent);
        Assert.Equal(ChatEndpoint.Messages, WireRoute.For(ChatEndpoint.Responses, ProviderApi.Anthropic).Sent);
        Assert.Throws<TranslationException>(() => WireRoute.For(ChatEndpoint.Completions, ProviderApi.Anthropic));
    }

    private static AnswerHead Delta(string? text = null, AnswerToolCall? call = null) => Facts.Delta(text: text, call: call);
}
