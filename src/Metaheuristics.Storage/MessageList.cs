using System.Text.Json;

namespace Metaheuristics.Storage;

/// <summary>A batch's failure messages (null for rows that did not fail) as one JSON array in a text column.</summary>
internal static class MessageList
{
    public static string Format(IReadOnlyList<string?> messages) => JsonSerializer.Serialize(messages, MessageListJson.Default.IReadOnlyListString);

    public static string?[] Parse(string json) => JsonSerializer.Deserialize(json, MessageListJson.Default.StringArray) ?? [];
}
