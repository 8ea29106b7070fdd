using System.Text.Json.Serialization;

namespace Metaheuristics.Storage;

/// <summary>Source-generated JSON for <see cref="MessageList"/>: no reflection.</summary>
[JsonSerializable(typeof(IReadOnlyList<string?>))]
[JsonSerializable(typeof(string?[]))]
internal sealed partial class MessageListJson : JsonSerializerContext;
