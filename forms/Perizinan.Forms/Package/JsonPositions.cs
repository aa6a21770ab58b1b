using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Where every value of one JSON file is, by JSON Pointer (<c>/pages/0/sections/1/fields/3/path</c>), so that a
/// diagnostic about a value points at its line and column. Lines and columns are 1-based; columns and offsets count
/// UTF-16 code units of the file's text (as the rules' source text does), a leading byte order mark excluded from
/// columns. Built by <see cref="Read"/>, which also checks that the text is strict JSON (no comments, no trailing
/// commas, no repeated property names). Immutable and thread-safe.
/// </summary>
internal sealed class JsonPositions
{
    private readonly FrozenDictionary<string, Entry> _entries;

    private JsonPositions(string file, FrozenDictionary<string, Entry> entries)
    {
        File = file;
        _entries = entries;
    }

    /// <summary>The file name used in locations (<c>form.json</c>, <c>scenarios/besar.json</c>).</summary>
    public string File { get; }

    /// <summary>
    /// Reads the positions of a JSON text. Returns <c>null</c> when the text is not JSON, after reporting the problem as
    /// <paramref name="syntaxCode"/> at the line and column where the reader stopped. Repeated property names are
    /// reported too, but the positions are still returned (the last value wins in lookups by the JSON parsers).
    /// </summary>
    public static JsonPositions? Read(string file, string text, DiagnosticBag diagnostics, string syntaxCode = PackageDiagnostics.InvalidJson)
    {
        var bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(text, bomLength, text.Length - bomLength);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var cursor = new Cursor(file, bytes, bomLength);
        var frames = new Stack<Frame>();
        string? propertyName = null;
        SourceLocation? nameLocation = null;

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });

        try
        {
            while (reader.Read())
            {
                var start = checked((int)reader.TokenStartIndex);
                var end = checked((int)reader.BytesConsumed);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        propertyName = reader.GetString() ?? string.Empty;
                        nameLocation = cursor.Span(start, end);
                        if (!frames.Peek().Names!.Add(propertyName))
                        {
                            diagnostics.Error(
                                syntaxCode,
                                nameLocation.Value,
                                $"Properti \"{propertyName}\" ditulis dua kali dalam satu objek",
                                $"Property \"{propertyName}\" appears twice in one object");
                        }

                        break;

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        var pointer = NextPointer(frames, ref propertyName);
                        entries[pointer] = new Entry(cursor.Span(start, start + 1), TakeName(ref nameLocation));
                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        frames.Push(new Frame(pointer, isArray ? null : new HashSet<string>(StringComparer.Ordinal)));
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                    {
                        var frame = frames.Pop();
                        var entry = entries[frame.Pointer];
                        var endOffset = cursor.Span(end, end).Offset;
                        entries[frame.Pointer] = entry with { Value = entry.Value with { Length = endOffset - entry.Value.Offset } };
                        break;
                    }

                    default:
                    {
                        var pointer = NextPointer(frames, ref propertyName);
                        entries[pointer] = new Entry(cursor.Span(start, end), TakeName(ref nameLocation));
                        break;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            var at = LocateError(file, bytes, bomLength, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var detail = Clean(e.Message);
            diagnostics.Error(syntaxCode, at, $"Bukan JSON yang sah: {detail}", $"Not valid JSON: {detail}");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader reports text it cannot transcode this way; the text came from a string, so this is rare.
            diagnostics.Error(syntaxCode, SourceLocation.OfFile(file), $"Bukan JSON yang sah: {e.Message}", $"Not valid JSON: {e.Message}");
            return null;
        }

        return new JsonPositions(file, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The deepest nesting a package file may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>Whether the file has a value at this pointer.</summary>
    public bool Contains(string pointer) => _entries.ContainsKey(pointer);

    /// <summary>
    /// The location of the value at <paramref name="pointer"/>; for a pointer the file does not have (a missing
    /// property), the location of its nearest existing parent.
    /// </summary>
    public SourceLocation At(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_entries.TryGetValue(current, out var entry))
            {
                return entry.Value;
            }

            if (current.Length == 0)
            {
                return SourceLocation.OfFile(File);
            }

            current = current[..Math.Max(0, current.LastIndexOf('/'))];
        }
    }

    /// <summary>The location of the property name of the value at <paramref name="pointer"/> (its value for array items).</summary>
    public SourceLocation NameAt(string pointer) =>
        _entries.TryGetValue(pointer, out var entry) && entry.Name is { } name ? name : At(pointer);

    /// <summary>The pointer of a property of the value at <paramref name="pointer"/> (escaping <c>~</c> and <c>/</c>).</summary>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of an item of the array at <paramref name="pointer"/>.</summary>
    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    private static string NextPointer(Stack<Frame> frames, ref string? propertyName)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var top = frames.Peek();
        if (top.Names is null)
        {
            return Child(top.Pointer, top.NextIndex++);
        }

        var name = propertyName ?? string.Empty;
        propertyName = null;
        return Child(top.Pointer, name);
    }

    private static SourceLocation? TakeName(ref SourceLocation? nameLocation)
    {
        var name = nameLocation;
        nameLocation = null;
        return name;
    }

    private static SourceLocation LocateError(string file, byte[] bytes, int bomLength, long line, long bytePositionInLine)
    {
        var offset = 0;
        for (long seen = 0; seen < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        var target = (int)Math.Min(bytes.Length, offset + Math.Max(0, bytePositionInLine));
        return new Cursor(file, bytes, bomLength).Span(target, target);
    }

    /// <summary>Drops the reader's own "LineNumber: … | BytePositionInLine: …" tail: the location says it better.</summary>
    private static string Clean(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return tail < 0 ? message : message[..tail];
    }

    private readonly record struct Entry(SourceLocation Value, SourceLocation? Name);

    private sealed class Frame(string pointer, HashSet<string>? names)
    {
        public string Pointer { get; } = pointer;

        /// <summary>The property names seen so far; <c>null</c> for an array.</summary>
        public HashSet<string>? Names { get; } = names;

        public int NextIndex { get; set; }
    }

    /// <summary>
    /// Turns UTF-8 byte offsets into lines, columns and UTF-16 offsets, moving forward only (the reader's tokens come in
    /// order), so a whole file costs one pass.
    /// </summary>
    private sealed class Cursor(string file, byte[] bytes, int charBase)
    {
        private int _byte;
        private int _char;
        private int _line = 1;
        private int _lineStart;

        public SourceLocation Span(int startByte, int endByte)
        {
            MoveTo(startByte);
            var line = _line;
            var column = _char - _lineStart + 1;
            var startChar = _char;
            MoveTo(endByte);
            return new SourceLocation(file, line, column, startChar + charBase, _char - startChar);
        }

        private void MoveTo(int target)
        {
            target = Math.Min(target, bytes.Length);
            while (_byte < target)
            {
                var b = bytes[_byte];
                if (b == (byte)'\n')
                {
                    _byte++;
                    _char++;
                    _line++;
                    _lineStart = _char;
                    continue;
                }

                var length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                _byte += length;
                _char += length == 4 ? 2 : 1;
            }
        }
    }
}
