namespace Perizinan.Engine.Evaluation;

/// <summary>A message for a person, in Indonesian (<see cref="Id"/>) and English (<see cref="En"/>).</summary>
public sealed record LocalizedMessage(string Id, string En);
