namespace LlmActors.Tests.Code;

/// <summary>A small C# file to complete in, with the cursor at the end of a line the user is writing.</summary>
public static class SampleCode
{
    public const string Text = """
        using System;

        namespace Demo;

        public sealed class Greeter
        {
            public string Greet(string name)
            {
                var greeting = 
                return greeting;
            }
        }
        """;

    public static int Cursor => Text.IndexOf("var greeting = ", StringComparison.Ordinal) + "var greeting = ".Length;

    /// <summary>The same file with <paramref name="typed"/> inserted at the cursor, and the cursor after it.</summary>
    public static (string Content, int Cursor) Typed(string typed) => (Text.Insert(Cursor, typed), Cursor + typed.Length);
}
