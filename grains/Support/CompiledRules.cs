using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>A project's rules with their classifier and FAQ intents built (example questions embedded once, not per message).</summary>
public sealed record CompiledRules(RoutingRules Rules, ComplexityClassifier Classifier, IntentAnchors Intents, string Fingerprint);
