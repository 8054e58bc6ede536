using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>A whole answer in the door's own format (<see cref="Body"/>), and what the gateway reads of it.</summary>
public sealed record WholeAnswer(byte[] Body, AnswerHead Head);
