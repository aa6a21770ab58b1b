using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Scripting;

/// <summary>
/// Converts between rules values and JavaScript values. Numbers cross as doubles (and come back as decimals with
/// at most 15 significant digits, which hides binary noise such as 0.1 + 0.2); dates cross as ISO
/// <c>yyyy-MM-dd</c> strings; lists as arrays of strings; empty as <c>null</c>. Reading a result never runs script
/// code: getters, proxies and wrapper objects are refused rather than evaluated.
/// </summary>
internal static class ScriptValues
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The longest array accepted as a list; longer (or sparse, huge) arrays are refused unread.</summary>
    private const uint MaxListItems = 10_000;

    /// <summary>The JavaScript value for <paramref name="value"/>, created in <paramref name="engine"/>.</summary>
    public static JsValue ToJs(Engine engine, Value value) => value.Kind switch
    {
        ValueKind.Number => JsNumber.Create((double)value.AsNumber),
        ValueKind.Text => JsString.Create(value.AsText),
        ValueKind.Bool => value.AsBool ? JsBoolean.True : JsBoolean.False,
        ValueKind.Date => JsString.Create(value.AsDate.ToString(DateFormat, CultureInfo.InvariantCulture)),
        ValueKind.List => new JsArray(engine, value.AsList.Select(s => (JsValue)JsString.Create(s)).ToArray()),
        _ => JsValue.Null,
    };

    /// <summary>
    /// Converts a script's result to the declared type. <c>null</c>, <c>undefined</c>, <c>NaN</c> and infinities give
    /// empty. Returns false, with <paramref name="problem"/> saying why, when the result cannot be converted.
    /// </summary>
    public static bool TryFromJs(JsValue js, DslType returns, out Value value, out string? problem)
    {
        value = Value.Empty;
        problem = null;
        if (js.IsNull() || js.IsUndefined())
        {
            return true;
        }

        var converted = returns switch
        {
            DslType.Number => ToNumber(js),
            DslType.Text => ToText(js),
            DslType.Bool => js.IsBoolean() ? Value.Bool(js.AsBoolean()) : null,
            DslType.Date => ToDate(js),
            DslType.List => ToList(js),
            _ => ToAny(js),
        };

        if (converted is { } v)
        {
            value = v;
            return true;
        }

        problem = $"returned {Describe(js)}, which cannot be used as {returns.ToString().ToLowerInvariant()}";
        return false;
    }

    private static Value? ToNumber(JsValue js)
    {
        if (js.IsNumber())
        {
            return FromDouble(js.AsNumber());
        }

        if (js.IsString()
            && decimal.TryParse(js.AsString().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return Value.Number(parsed);
        }

        return null;
    }

    private static Value? FromDouble(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return Value.Empty;
        }

        return TryToDecimal(d, out var n) ? Value.Number(n) : null;
    }

    /// <summary>
    /// Whole numbers up to 2^53 (every integer a double holds exactly) convert exactly; other numbers keep 15
    /// significant digits, which drops binary noise. False outside the decimal range.
    /// </summary>
    private static bool TryToDecimal(double d, out decimal n)
    {
        const double exactIntegers = 9_007_199_254_740_992d;
        if (Math.Abs(d) <= exactIntegers && Math.Floor(d) == d)
        {
            n = (long)d;
            return true;
        }

        if (Math.Abs(d) < 7.9e28)
        {
            n = (decimal)d;
            return true;
        }

        n = 0;
        return false;
    }

    private static Value? ToText(JsValue js)
    {
        if (js.IsString())
        {
            return Value.Text(js.AsString());
        }

        if (js.IsNumber())
        {
            var d = js.AsNumber();
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                return Value.Empty;
            }

            return Value.Text(TryToDecimal(d, out var n)
                ? n.ToString(CultureInfo.InvariantCulture)
                : d.ToString("R", CultureInfo.InvariantCulture));
        }

        if (js.IsBoolean())
        {
            return Value.Text(js.AsBoolean() ? "true" : "false");
        }

        return null;
    }

    private static Value? ToDate(JsValue js)
    {
        if (js.IsString())
        {
            var s = js.AsString().Trim();

            // Also accept a full ISO timestamp such as toISOString() gives: its date part is the date.
            if (s.Length > 10 && s[10] == 'T')
            {
                s = s[..10];
            }

            return DateOnly.TryParseExact(s, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? Value.Date(d)
                : null;
        }

        if (js.IsDate())
        {
            var ms = js.AsDate().DateValue;
            const double min = -62_135_596_800_000d; // 0001-01-01T00:00:00Z
            const double max = 253_402_300_799_999d; // 9999-12-31T23:59:59.999Z
            return double.IsNaN(ms) || ms < min || ms > max
                ? null
                : Value.Date(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds((long)ms).UtcDateTime));
        }

        return null;
    }

    private static Value? ToList(JsValue js)
    {
        if (!js.IsArray() || js.AsArray() is not { Length: <= MaxListItems } array)
        {
            return null;
        }

        var items = new List<string>((int)array.Length);
        for (uint i = 0; i < array.Length; i++)
        {
            var descriptor = array.GetOwnProperty(i);
            if (!descriptor.IsDataDescriptor())
            {
                return null;
            }

            var element = descriptor.Value;
            if (element.IsString())
            {
                items.Add(element.AsString());
            }
            else if (element.IsNumber() && ToText(element) is { Kind: ValueKind.Text } text)
            {
                items.Add(text.AsText);
            }
            else
            {
                return null;
            }
        }

        return Value.List(items);
    }

    private static Value? ToAny(JsValue js)
    {
        if (js.IsNumber())
        {
            return FromDouble(js.AsNumber());
        }

        if (js.IsString())
        {
            return Value.Text(js.AsString());
        }

        if (js.IsBoolean())
        {
            return Value.Bool(js.AsBoolean());
        }

        return js.IsArray() ? ToList(js) : js.IsDate() ? ToDate(js) : null;
    }

    private static string Describe(JsValue js) => js switch
    {
        _ when js.IsString() => "a string",
        _ when js.IsNumber() => "a number",
        _ when js.IsBoolean() => "a boolean",
        _ when js.IsArray() => "an array",
        _ when js.IsPromise() => "a promise",
        _ when js.IsDate() => "a Date",
        ObjectInstance => "an object",
        _ => "a " + js.Type.ToString().ToLowerInvariant(),
    };
}
