namespace LlmActors.ModelSim.Chat;

/// <summary>A language the code generator writes: its sample lines, its line comment, and its block and statement syntax.</summary>
internal sealed record CodeLanguage(string[] Lines, string Comment, bool Braces, bool Semicolons)
{
    public static readonly CodeLanguage CSharp = new(CodeLines.CSharp, "//", Braces: true, Semicolons: true);
    public static readonly CodeLanguage Python = new(CodeLines.Python, "#", Braces: false, Semicolons: false);
    public static readonly CodeLanguage Go = new(CodeLines.Go, "//", Braces: true, Semicolons: false);
    public static readonly CodeLanguage Rust = new(CodeLines.Rust, "//", Braces: true, Semicolons: true);
    public static readonly CodeLanguage JavaScript = new(CodeLines.JavaScript, "//", Braces: true, Semicolons: true);

    /// <summary>A guess from file extensions and keywords; C# when nothing else matches (this is a C# shop).</summary>
    public static CodeLanguage Detect(string code)
    {
        static bool Has(string text, params string[] markers) => markers.Any(m => text.Contains(m, StringComparison.Ordinal));

        return Has(code, ".cs", "namespace ", "using System", "public sealed ", "private readonly ") ? CSharp
            : Has(code, ".py", "def ", "import ", "self.", "elif ", "python") ? Python
            : Has(code, ".go", "func ", "package ", ":= ") ? Go
            : Has(code, ".rs", "fn ", "let mut ", "impl ") ? Rust
            : Has(code, ".js", ".ts", "function ", "const ", "console.", "=> {") ? JavaScript
            : CSharp;
    }
}
