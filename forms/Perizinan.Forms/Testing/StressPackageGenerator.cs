using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Perizinan.Forms.Testing;

/// <summary>
/// Writes synthetic, valid form packages of a chosen size, for benchmarks and tests only (never a real permit).
/// A package has <c>fields</c> questions (numbers, choices, yes/no, dates) over pages of 50, one repeating group of
/// 5 row fields with per-row rules, computed values chained through earlier ones (acyclic by construction), fees,
/// checks and warnings, and scenarios whose expectations come from this class's own small evaluator of the same
/// rules, not from the engine — so a difference between the two points at a bug in one of them.
/// </summary>
/// <remarks>
/// Deterministic: the same arguments always give byte-identical files. Stateless and thread-safe.
/// </remarks>
public static class StressPackageGenerator
{
    private const int PageSize = 50;
    private const int SectionSize = 10;
    private const int FixedRules = 5;
    private const string TodayText = "2026-11-25";
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly string[] Choices = ["a", "b", "c"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes <c>form.json</c>, <c>schema.json</c>, <c>rules.pzr</c> and <c>scenarios/*.json</c> into
    /// <paramref name="directory"/> (created if missing; existing files of the same names are overwritten). The
    /// package's id is the name of the directory's parent when the directory is named <c>1.0.0</c> (the layout
    /// <c>&lt;id&gt;/&lt;version&gt;/</c>), otherwise <c>stress-&lt;fields&gt;</c>.
    /// </summary>
    /// <param name="directory">The package folder, e.g. <c>samples/forms/stress-300/1.0.0</c>.</param>
    /// <param name="fields">Number of input questions, including the 5 fields of the repeating group; at least 20.</param>
    /// <param name="rules">Approximate number of rules, checks and warnings; at least 10.</param>
    /// <param name="seed">Seed of the generator's own pseudo-random sequence.</param>
    public static void Write(string directory, int fields, int rules, int seed = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(fields, 20);
        ArgumentOutOfRangeException.ThrowIfLessThan(rules, 10);

        var full = Path.GetFullPath(directory);
        var id = Path.GetFileName(full) == "1.0.0" ? Path.GetFileName(Path.GetDirectoryName(full)) : null;
        var model = new Model(string.IsNullOrEmpty(id) ? $"stress-{fields}" : id, fields, rules, seed);

        Directory.CreateDirectory(Path.Combine(full, "scenarios"));
        Save(Path.Combine(full, "form.json"), model.Form());
        Save(Path.Combine(full, "schema.json"), model.Schema());
        File.WriteAllText(Path.Combine(full, "rules.pzr"), model.Rules(), Utf8);
        foreach (var (name, scenario) in model.Scenarios())
        {
            Save(Path.Combine(full, "scenarios", name + ".json"), scenario);
        }
    }

    private static void Save(string path, JsonNode node) =>
        File.WriteAllText(path, node.ToJsonString(Json) + "\n", Utf8);

    private static JsonObject Text(string id, string en) => new() { ["id"] = id, ["en"] = en };

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        decimal d when d == decimal.Truncate(d) => JsonValue.Create((long)d),
        decimal d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"Unexpected answer type {value.GetType().Name}."),
    };

    private enum Kind { Number, Choice, Flag, Date }

    private sealed record Field(string Path, Kind Kind, int Index, int Page, bool Required, bool Conditional);

    /// <summary>A condition as rules text and as the generator's own evaluation of it.</summary>
    private sealed record Cond(string Dsl, Func<Env, bool> Holds);

    /// <summary>A number expression as rules text and as the generator's own evaluation of it.</summary>
    private sealed record Calc(string Dsl, Func<Env, decimal?> Eval);

    private sealed record SetRule(string Target, Cond? When, Calc Value);

    private sealed record ShowRule(string Target, Cond When);

    private sealed record FeeRule(string FeeId, Cond When, Calc Amount);

    /// <summary>A check or warning on <see cref="Field"/>; <see cref="Breaking"/> is an answer that fails it.</summary>
    private sealed record Test(Field Field, bool Warning, Cond Holds, object Breaking);

    private sealed record Row(decimal? Qty, decimal? Harga, string? Jenis, bool? Aktif, string? Catatan);

    /// <summary>The answers of one scenario and the computed values so far (absent = empty).</summary>
    private sealed class Env(Dictionary<string, object> answers)
    {
        public Dictionary<string, decimal?> Computed { get; } = new(StringComparer.Ordinal);

        public decimal? Number(string path) =>
            Computed.TryGetValue(path, out var c) ? c : answers.GetValueOrDefault(path) as decimal?;

        public string? Choice(string path) => answers.GetValueOrDefault(path) as string;

        public bool? Flag(string path) => answers.GetValueOrDefault(path) as bool?;

        public DateOnly? Date(string path) => answers.GetValueOrDefault(path) as DateOnly?;
    }

    /// <summary>SplitMix64: a tiny generator whose sequence never depends on the runtime's version.</summary>
    private sealed class Prng(int seed)
    {
        private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL);

        public int Next(int max)
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) % (ulong)max);
        }

        public int Next(int min, int max) => min + Next(max - min);

        public bool Chance(int percent) => Next(100) < percent;

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

        public void Shuffle<T>(List<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    private sealed class Model
    {
        private readonly string _id;
        private readonly int _seed;
        private readonly Prng _random;
        private readonly List<Field> _fields = [];
        private readonly List<ShowRule> _shows = [];
        private readonly List<SetRule> _sets = [];
        private readonly List<FeeRule> _fees = [];
        private readonly List<Test> _tests = [];
        private readonly List<string> _feeIds = [];
        private readonly List<Field> _numbers;

        public Model(string id, int fields, int rules, int seed)
        {
            (_id, _seed, _random) = (id, seed, new Prng(seed));
            var inputs = fields - 6; // 5 row fields and ringkasan.alasan
            var budget = rules - FixedRules;
            var showCount = Math.Min(budget / 4, inputs / 3);
            // The first four questions are always asked and of fixed kinds, so that every package has the answered
            // numbers and yes/no questions that computed values and fees build on.
            Kind[] anchors = [Kind.Number, Kind.Number, Kind.Flag, Kind.Choice];
            var conditional = new HashSet<int>();
            while (conditional.Count < showCount)
            {
                conditional.Add(_random.Next(anchors.Length, inputs));
            }

            for (var i = 0; i < inputs; i++)
            {
                var roll = _random.Next(100);
                var kind = i < anchors.Length ? anchors[i]
                    : roll < 40 ? Kind.Number : roll < 65 ? Kind.Choice : roll < 85 ? Kind.Flag : Kind.Date;
                var prefix = kind switch { Kind.Number => "n", Kind.Choice => "t", Kind.Flag => "b", _ => "d" };
                var page = i / PageSize;
                var isConditional = conditional.Contains(i);
                _fields.Add(new Field($"h{page + 1:D3}.{prefix}{i + 1:D5}", kind, i, page,
                    Required: !isConditional && i % 5 == 0, Conditional: isConditional));
            }

            var basics = _fields.Where(f => !f.Conditional).ToList();
            _numbers = basics.Where(f => f.Kind == Kind.Number).ToList();

            foreach (var target in _fields.Where(f => f.Conditional))
            {
                _shows.Add(new ShowRule(target.Path, Condition(basics)));
            }

            var setCount = budget * 30 / 100;
            for (var k = 1; k <= setCount; k++)
            {
                _sets.Add(new SetRule($"calc.c{k:D5}", _random.Chance(40) ? null : Condition(basics), Expression()));
            }

            var feeCount = Math.Max(1, budget / 10);
            for (var k = 1; k <= Math.Clamp(feeCount / 4, 1, 12); k++)
            {
                _feeIds.Add($"biaya_{k:D2}");
            }

            var flags = basics.Where(f => f.Kind == Kind.Flag).ToList();
            for (var k = 0; k < feeCount; k++)
            {
                _fees.Add(_sets.Count > 0 && k % 4 == 3 ? FeeFromComputed(k) : FeeFromAnswers(k, flags));
            }

            var testable = basics.Where(f => f.Kind is Kind.Number or Kind.Date).ToList();
            _random.Shuffle(testable);
            var warnCount = budget * 8 / 100;
            var testCount = Math.Min(testable.Count, budget - showCount - setCount - feeCount);
            for (var k = 0; k < testCount; k++)
            {
                _tests.Add(TestFor(testable[k], warning: k < warnCount));
            }
        }

        // ---------- building blocks ----------

        private Cond Condition(List<Field> basics)
        {
            var field = _random.Pick(basics);
            var p = field.Path;
            var single = field.Kind switch
            {
                Kind.Number => NumberAbove(p, _random.Next(50, 350)),
                Kind.Flag => new Cond(p, e => e.Flag(p) == true),
                Kind.Date => new Cond($"{p} > date(2013, 1, 1)", e => e.Date(p) > new DateOnly(2013, 1, 1)),
                _ when _random.Chance(50) => ChoiceIs(p, _random.Pick(Choices)),
                _ => new Cond($"{p} in [\"a\", \"c\"]", e => e.Choice(p) is "a" or "c"),
            };
            if (!_random.Chance(20))
            {
                return single;
            }

            var other = NumberAbove(_random.Pick(_numbers).Path, _random.Next(0, 200));
            return new Cond($"{single.Dsl} and {other.Dsl}", e => single.Holds(e) && other.Holds(e));
        }

        private static Cond NumberAbove(string p, int k) => new($"{p} > {k}", e => e.Number(p) > k);

        private static Cond ChoiceIs(string p, string value) => new($"{p} = \"{value}\"", e => e.Choice(p) == value);

        /// <summary>
        /// A value from answered numbers and at most one earlier computed value (so chains stay acyclic and grow
        /// linearly); <c>max</c>/<c>min</c> only take answers, which every scenario gives.
        /// </summary>
        private Calc Expression()
        {
            var a = _random.Pick(_numbers).Path;
            var b = _random.Pick(_numbers).Path;
            var m = _random.Next(1, 10);
            var k = _random.Next(0, 1000);
            var c = _sets.Count > 0 ? _sets[_random.Next(_sets.Count)].Target : null;
            return (_random.Next(5), c) switch
            {
                (0, _) => new Calc($"{a} + {b}", e => e.Number(a) + e.Number(b)),
                (1, not null) => new Calc($"{c} + {a} * {m}", e => e.Number(c) + (e.Number(a) * m)),
                (2, _) => new Calc($"max({a}, {b})", e => Both(e, a, b, Math.Max)),
                (3, not null) => new Calc($"if {a} > {k / 3} then {c} + 1 else {b} end",
                    e => e.Number(a) > k / 3 ? e.Number(c) + 1 : e.Number(b)),
                _ => new Calc($"min({a}, {b}) + {k}", e => Both(e, a, b, Math.Min) + k),
            };
        }

        private static decimal? Both(Env e, string a, string b, Func<decimal, decimal, decimal> f) =>
            e.Number(a) is { } x && e.Number(b) is { } y ? f(x, y) : null;

        private FeeRule FeeFromAnswers(int k, List<Field> flags)
        {
            var flag = _random.Pick(flags).Path;
            var n = _random.Pick(_numbers).Path;
            var (above, rate, fixedPart) = (_random.Next(0, 300), _random.Next(1, 50) * 100, _random.Next(1, 20) * 1000);
            var when = new Cond($"{flag} and {n} > {above}", e => e.Flag(flag) == true && e.Number(n) > above);
            return new FeeRule(_feeIds[k % _feeIds.Count], when,
                new Calc($"{n} * {rate} + {fixedPart}", e => (e.Number(n) * rate) + fixedPart));
        }

        private FeeRule FeeFromComputed(int k)
        {
            var c = _sets[_random.Next(_sets.Count)].Target;
            var (above, rate) = (_random.Next(0, 500), _random.Next(1, 10) * 100);
            return new FeeRule(_feeIds[k % _feeIds.Count], NumberAbove(c, above),
                new Calc($"{c} * {rate}", e => e.Number(c) * rate));
        }

        private Test TestFor(Field field, bool warning)
        {
            var p = field.Path;
            if (field.Kind == Kind.Number)
            {
                var limit = warning ? _random.Next(0, 400) : _random.Next(450, 900);
                return warning
                    ? new Test(field, true, new Cond($"{p} != {limit}", e => e.Number(p) is { } v && v != limit), (decimal)limit)
                    : new Test(field, false, new Cond($"{p} <= {limit}", e => e.Number(p) <= limit), (decimal)(limit + 1));
            }

            var floor = new DateOnly(warning ? 2010 : 2000, 1, 1);
            return _random.Chance(50) && !warning
                ? new Test(field, false, new Cond($"{p} <= today()", e => e.Date(p) <= Today), new DateOnly(2027, 1, 1))
                : new Test(field, warning, new Cond($"{p} >= date({floor.Year}, 1, 1)", e => e.Date(p) >= floor),
                    new DateOnly(1999, 12, 31));
        }

        // ---------- files ----------

        public JsonObject Form()
        {
            var pages = new JsonArray();
            var pageCount = (_fields.Count + PageSize - 1) / PageSize;
            for (var page = 0; page < pageCount; page++)
            {
                var sections = new JsonArray();
                var onPage = _fields.Where(f => f.Page == page).ToList();
                for (var s = 0; s * SectionSize < onPage.Count; s++)
                {
                    var placed = new JsonArray();
                    foreach (var f in onPage.Skip(s * SectionSize).Take(SectionSize))
                    {
                        placed.Add(Place(f));
                    }

                    sections.Add(Section($"b{s + 1:D2}", $"Bagian {page + 1}.{s + 1}", $"Section {page + 1}.{s + 1}", placed));
                }

                if (page == 0)
                {
                    sections.Add(Section("baris", "Baris", "Rows", [RowGroup(), Layout("ringkasan.alasan", "textarea",
                        "Alasan baris besar", "Reason for large rows", "Stok gudang", hidden: true)]));
                }

                pages.Add(new JsonObject
                {
                    ["id"] = $"h{page + 1:D3}",
                    ["title"] = Text($"Halaman {page + 1}", $"Page {page + 1}"),
                    ["sections"] = sections,
                });
            }

            var results = new JsonArray { Layout("agg.jumlah_baris", "computed", "Jumlah baris", "Number of rows", null),
                Layout("agg.total", "computed", "Total baris", "Rows total", null) };
            foreach (var set in _sets)
            {
                results.Add(Layout(set.Target, "computed", $"Hasil {set.Target[6..]}", $"Result {set.Target[6..]}", null));
            }

            pages.Add(new JsonObject
            {
                ["id"] = "hasil",
                ["title"] = Text("Hasil perhitungan", "Computed results"),
                ["sections"] = new JsonArray { Section("hasil", "Hasil", "Results", results) },
            });

            var fees = new JsonArray();
            foreach (var fee in _feeIds.Append("biaya_baris"))
            {
                fees.Add(new JsonObject
                {
                    ["id"] = fee,
                    ["kind"] = "retribusi",
                    ["label"] = Text($"Retribusi sintetis {fee}", $"Synthetic levy {fee}"),
                    ["legalBasis"] = "Sintetis: untuk uji beban, bukan peraturan",
                });
            }

            return new JsonObject
            {
                ["id"] = _id,
                ["version"] = "1.0.0",
                ["title"] = Text($"Paket uji beban {_id}", $"Stress test package {_id}"),
                ["description"] = Text(
                    $"Dibuat oleh StressPackageGenerator (seed {_seed}) untuk uji beban dan pengujian; bukan izin nyata.",
                    $"Generated by StressPackageGenerator (seed {_seed}) for benchmarks and tests; not a real permit."),
                ["agency"] = Text("Dinas Sintetis", "Synthetic Office"),
                ["category"] = Text("Uji beban", "Stress test"),
                ["region"] = "Sintetis",
                ["registrationPrefix"] = "UJI",
                ["legalBasis"] = new JsonArray("Sintetis: untuk uji beban, bukan peraturan"),
                ["requirements"] = new JsonArray(Text("Tidak ada (paket sintetis)", "None (synthetic package)")),
                ["pages"] = pages,
                ["fees"] = fees,
            };
        }

        private static JsonObject Section(string id, string titleId, string titleEn, JsonArray fields) => new()
        {
            ["id"] = id,
            ["title"] = Text(titleId, titleEn),
            ["fields"] = fields,
        };

        private static JsonObject Place(Field f)
        {
            var (widget, id, en, example) = f.Kind switch
            {
                Kind.Number => ("number", "Angka", "Number", (JsonNode?)10),
                Kind.Choice => ("select", "Pilihan", "Choice", (JsonNode?)"a"),
                Kind.Flag => ("checkbox", "Ya/tidak", "Yes/no", (JsonNode?)null),
                _ => ("date", "Tanggal", "Date", (JsonNode?)"2024-01-15"),
            };
            var node = Layout(f.Path, widget, $"{id} {f.Index + 1}", $"{en} {f.Index + 1}", example, f.Conditional);
            if (f.Kind == Kind.Choice)
            {
                node["options"] = Options();
            }

            return node;
        }

        private static JsonObject Options() => new()
        {
            ["a"] = Text("Pilihan A", "Option A"),
            ["b"] = Text("Pilihan B", "Option B"),
            ["c"] = Text("Pilihan C", "Option C"),
        };

        private static JsonObject Layout(string path, string widget, string id, string en, JsonNode? example, bool hidden = false)
        {
            var node = new JsonObject { ["path"] = path, ["widget"] = widget, ["label"] = Text(id, en) };
            if (example is not null)
            {
                node["example"] = example;
            }

            if (hidden)
            {
                node["hidden"] = true;
            }

            return node;
        }

        private static JsonObject RowGroup()
        {
            var jenis = Layout("baris[].jenis", "select", "Jenis baris", "Row kind", "a");
            jenis["options"] = Options();
            return new JsonObject
            {
                ["path"] = "baris",
                ["widget"] = "repeat",
                ["label"] = Text("Baris", "Rows"),
                ["itemLabel"] = Text("Baris", "Row"),
                ["fields"] = new JsonArray
                {
                    Layout("baris[].qty", "number", "Jumlah", "Quantity", 2),
                    Layout("baris[].harga", "money", "Harga satuan", "Unit price", 15000),
                    jenis,
                    Layout("baris[].aktif", "checkbox", "Dikenai biaya", "Charged", null),
                    Layout("baris[].catatan", "text", "Catatan jenis B", "Note for kind B", "Catatan", hidden: true),
                },
            };
        }

        public JsonObject Schema()
        {
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var page in _fields.GroupBy(f => f.Page))
            {
                var props = new JsonObject();
                var req = new JsonArray();
                foreach (var f in page)
                {
                    var name = f.Path[(f.Path.IndexOf('.', StringComparison.Ordinal) + 1)..];
                    props[name] = Property(f);
                    if (f.Required)
                    {
                        req.Add(name);
                    }
                }

                var group = Group($"Halaman {page.Key + 1}", $"Page {page.Key + 1}", props);
                if (req.Count > 0)
                {
                    group["required"] = req;
                    required.Add($"h{page.Key + 1:D3}");
                }

                properties[$"h{page.Key + 1:D3}"] = group;
            }

            properties["baris"] = new JsonObject
            {
                ["title"] = "Baris",
                ["description"] = "Rows",
                ["type"] = "array",
                ["minItems"] = 1,
                ["maxItems"] = 50,
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["qty"] = Typed("Jumlah", "Quantity", "integer", 0, 1000),
                        ["harga"] = Typed("Harga satuan", "Unit price", "integer", 0, 1_000_000_000),
                        ["jenis"] = Typed("Jenis baris", "Row kind", "string", null, null, withEnum: true),
                        ["aktif"] = Typed("Dikenai biaya", "Charged", "boolean", null, null),
                        ["catatan"] = Typed("Catatan jenis B", "Note for kind B", "string", null, null),
                    },
                    ["required"] = new JsonArray("qty", "harga", "jenis"),
                },
            };
            required.Add("baris");
            properties["ringkasan"] = Group("Ringkasan", "Summary",
                new JsonObject { ["alasan"] = Typed("Alasan baris besar", "Reason for large rows", "string", null, null) });
            var agg = new JsonObject
            {
                ["jumlah_baris"] = Computed("Jumlah baris", "Number of rows", "integer"),
                ["total"] = Computed("Total baris", "Rows total", "number"),
            };
            properties["agg"] = Group("Agregat baris", "Row aggregates", agg);
            var calc = new JsonObject();
            foreach (var set in _sets)
            {
                calc[set.Target[5..]] = Computed($"Hasil {set.Target[6..]}", $"Result {set.Target[6..]}", "number");
            }

            properties["calc"] = Group("Hasil perhitungan", "Computed results", calc);
            return new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["title"] = $"Paket uji beban {_id}",
                ["description"] = $"Stress test package {_id}",
                ["type"] = "object",
                ["properties"] = properties,
                ["required"] = required,
            };
        }

        private static JsonObject Group(string id, string en, JsonObject props) => new()
        {
            ["title"] = id,
            ["description"] = en,
            ["type"] = "object",
            ["properties"] = props,
        };

        private static JsonObject Computed(string id, string en, string type) => new()
        {
            ["title"] = id,
            ["description"] = en,
            ["type"] = type,
            ["readOnly"] = true,
        };

        private static JsonObject Typed(string id, string en, string type, int? min, int? max, bool withEnum = false)
        {
            var node = new JsonObject { ["title"] = id, ["description"] = en, ["type"] = type };
            if (min is not null)
            {
                node["minimum"] = min;
                node["maximum"] = max;
            }

            if (withEnum)
            {
                node["enum"] = new JsonArray("a", "b", "c");
            }
            else if (type == "string")
            {
                node["maxLength"] = 200;
            }

            return node;
        }

        private static JsonObject Property(Field f) => f.Kind switch
        {
            Kind.Number => Example(Typed($"Angka {f.Index + 1}", $"Number {f.Index + 1}", "integer", 0, 100_000), 10),
            Kind.Choice => Example(Typed($"Pilihan {f.Index + 1}", $"Choice {f.Index + 1}", "string", null, null, withEnum: true), "a"),
            Kind.Flag => Typed($"Ya/tidak {f.Index + 1}", $"Yes/no {f.Index + 1}", "boolean", null, null),
            _ => Example(new JsonObject
            {
                ["title"] = $"Tanggal {f.Index + 1}",
                ["description"] = $"Date {f.Index + 1}",
                ["type"] = "string",
                ["format"] = "date",
            }, "2024-01-15"),
        };

        private static JsonObject Example(JsonObject node, JsonNode example)
        {
            node["examples"] = new JsonArray(example);
            return node;
        }

        public string Rules()
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"# Generated by StressPackageGenerator (seed {_seed}); synthetic, for benchmarks and tests.\n");
            text.Append("# Do not edit: regenerate instead.\n\n");
            var n = 0;
            foreach (var show in _shows)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"rule \"Tampil {++n:D5}\"\nwhen {show.When.Dsl}\nthen\n  show {show.Target}\n  require {show.Target}\nend\n\n");
            }

            n = 0;
            foreach (var set in _sets)
            {
                var when = set.When is null ? "" : $"when {set.When.Dsl}\n";
                text.Append(CultureInfo.InvariantCulture,
                    $"rule \"Hitung {++n:D5}\"\n{when}then\n  set {set.Target} = {set.Value.Dsl}\nend\n\n");
            }

            n = 0;
            foreach (var fee in _fees)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"rule \"Biaya {++n:D5}\"\nwhen {fee.When.Dsl}\nthen\n  fee {fee.FeeId} = {fee.Amount.Dsl}\nend\n\n");
            }

            foreach (var test in _tests)
            {
                var (verb, id, en) = test.Warning
                    ? ("warn", "Nilai ini tidak biasa.", "This value is unusual.")
                    : ("check", "Nilai di luar batas.", "The value is out of range.");
                text.Append(CultureInfo.InvariantCulture,
                    $"{verb} {test.Field.Path}: {test.Holds.Dsl}\n  else id \"{id}\" en \"{en}\"\n\n");
            }

            text.Append("""
                rule "Baris: catatan untuk jenis b"
                when baris[].jenis = "b"
                then
                  show baris[].catatan
                  require baris[].catatan
                end

                rule "Baris: biaya per baris"
                when baris[].aktif
                then
                  fee biaya_baris = baris[].qty * baris[].harga
                end

                check baris[].qty: baris[].qty <= 100
                  else id "Paling banyak 100 per baris." en "At most 100 per row."

                rule "Agregat baris"
                then
                  set agg.jumlah_baris = count(baris)
                  set agg.total = sum(baris[].qty * baris[].harga)
                end

                rule "Ringkasan untuk baris besar"
                when any(baris[].qty > 50)
                then
                  show ringkasan.alasan
                  require ringkasan.alasan
                end

                """.Replace("\r\n", "\n", StringComparison.Ordinal));
            return text.ToString();
        }

        // ---------- scenarios ----------

        public IEnumerable<(string Name, JsonObject Scenario)> Scenarios()
        {
            var full = Answers(all: true);
            List<Row> rows = [new(2, 15000, "a", true, null), new(60, 2500, "b", false, "Stok gudang"), new(5, 1000, "c", true, null)];
            full["ringkasan.alasan"] = "Pesanan musiman";
            yield return ("01-semua-terisi", Scenario("Semua pertanyaan terisi", full, rows));

            var broken = new Dictionary<string, object>(full);
            foreach (var test in _tests.Where(t => !t.Warning).Take(6))
            {
                broken[test.Field.Path] = test.Breaking;
            }

            List<Row> brokenRows = [rows[0] with { Qty = 150 }, rows[1], rows[2]];
            yield return ("02-batas-dilanggar", Scenario("Beberapa check gagal", broken, brokenRows));

            List<Row> partialRows = [new(3, 1000, "a", true, null), new(4, 500, null, false, null)];
            yield return ("03-sebagian-kosong", Scenario("Sebagian jawaban kosong", Answers(all: false), partialRows));

            var minimal = _fields.Where(f => !f.Conditional).ToDictionary(f => f.Path, f => f.Kind switch
            {
                Kind.Number => (object)0m,
                Kind.Choice => "c",
                Kind.Flag => false,
                _ => new DateOnly(2001, 1, 1),
            });
            yield return ("04-minimal", Scenario("Jawaban terkecil, tanpa biaya baris", minimal, [new(1, 100, "c", false, null)]));
        }

        /// <summary>Every number is answered in every scenario (so <c>max</c>/<c>min</c> never see an empty value).</summary>
        private Dictionary<string, object> Answers(bool all)
        {
            var answers = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var f in _fields)
            {
                var answered = f.Kind == Kind.Number ? !f.Conditional || all : all || (!f.Conditional && f.Index % 2 == 0);
                object value = f.Kind switch
                {
                    Kind.Number => (decimal)_random.Next(0, 401),
                    Kind.Choice => _random.Pick(Choices),
                    Kind.Flag => _random.Chance(50),
                    _ => new DateOnly(2001 + _random.Next(25), 1 + _random.Next(12), 1 + _random.Next(28)),
                };
                if (answered)
                {
                    answers[f.Path] = value;
                }
            }

            return answers;
        }

        private JsonObject Scenario(string title, Dictionary<string, object> answers, List<Row> rows)
        {
            var env = new Env(answers);
            var visible = _shows.Where(s => s.When.Holds(env)).Select(s => s.Target).ToHashSet(StringComparer.Ordinal);
            var summaryShown = rows.Any(r => r.Qty > 50);
            foreach (var set in _sets)
            {
                env.Computed[set.Target] = set.When is null || set.When.Holds(env) ? set.Value.Eval(env) : null;
            }

            env.Computed["agg.jumlah_baris"] = rows.Count;
            env.Computed["agg.total"] = rows.Sum(r => r.Qty * r.Harga ?? 0);

            var required = _fields.Where(f => f.Required || visible.Contains(f.Path)).Select(f => f.Path).ToList();
            var answered = new HashSet<string>(answers.Keys, StringComparer.Ordinal);
            if (summaryShown)
            {
                required.Add("ringkasan.alasan");
            }

            var errors = new List<string>();
            var warnings = new List<string>();
            foreach (var test in _tests.Where(t => answered.Contains(t.Field.Path) && !t.Holds.Holds(env)))
            {
                (test.Warning ? warnings : errors).Add(test.Field.Path);
            }

            var fees = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var fee in _fees.Where(f => f.When.Holds(env)))
            {
                fees[fee.FeeId] = fees.GetValueOrDefault(fee.FeeId) + (fee.Amount.Eval(env)
                    ?? throw new InvalidOperationException($"Fee {fee.FeeId} has an empty amount."));
            }

            var rowJson = new JsonArray();
            for (var i = 0; i < rows.Count; i++)
            {
                var (r, at) = (rows[i], $"baris[{i}]");
                rowJson.Add(RowAnswer(r));
                required.AddRange([$"{at}.qty", $"{at}.harga", $"{at}.jenis"]);
                Mark(answered, $"{at}.qty", r.Qty);
                Mark(answered, $"{at}.harga", r.Harga);
                Mark(answered, $"{at}.jenis", r.Jenis);
                Mark(answered, $"{at}.catatan", r.Catatan);
                if (r.Jenis == "b")
                {
                    required.Add($"{at}.catatan");
                }

                if (r.Qty > 100)
                {
                    errors.Add($"{at}.qty");
                }

                if (r.Aktif == true)
                {
                    fees["biaya_baris"] = fees.GetValueOrDefault("biaya_baris") + (r.Qty * r.Harga
                        ?? throw new InvalidOperationException("An active row needs a quantity and a price."));
                }
            }

            var conditional = _fields.Where(f => f.Conditional).Select(f => f.Path).ToList();
            var shown = conditional.Where(visible.Contains).ToList();
            var hidden = conditional.Where(p => !visible.Contains(p)).ToList();
            (summaryShown ? shown : hidden).Add("ringkasan.alasan");
            for (var i = 0; i < rows.Count; i++)
            {
                (rows[i].Jenis == "b" ? shown : hidden).Add($"baris[{i}].catatan");
            }

            // A required, visible question without an answer is an error on that question too.
            errors = errors.Union(required.Where(p => !answered.Contains(p))).ToList();
            var values = new JsonObject();
            foreach (var (path, value) in env.Computed.Where(c => c.Value is not null).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                values[path] = Node(value);
            }

            var feeJson = new JsonObject();
            foreach (var (id, amount) in fees)
            {
                feeJson[id] = Node(amount);
            }

            return new JsonObject
            {
                ["name"] = title,
                ["description"] = "Expectations computed by StressPackageGenerator's own evaluator, not by the engine.",
                ["today"] = TodayText,
                ["answers"] = Nest(answers, rowJson),
                ["expect"] = new JsonObject
                {
                    ["visible"] = Array(shown),
                    ["hidden"] = Array(hidden),
                    ["required"] = Array(required),
                    ["notRequired"] = Array(hidden),
                    ["values"] = values,
                    ["errors"] = Array(errors),
                    ["warnings"] = Array(warnings),
                    ["fees"] = feeJson,
                    ["total"] = Node(fees.Values.Sum()),
                    ["complete"] = errors.Count == 0,
                },
            };
        }

        private static void Mark(HashSet<string> answered, string path, object? value)
        {
            if (value is not null)
            {
                answered.Add(path);
            }
        }

        private static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());

        private static JsonObject RowAnswer(Row r)
        {
            var row = new JsonObject();
            foreach (var (name, value) in new (string, object?)[]
                { ("qty", r.Qty), ("harga", r.Harga), ("jenis", r.Jenis), ("aktif", r.Aktif), ("catatan", r.Catatan) })
            {
                if (value is not null)
                {
                    row[name] = Node(value);
                }
            }

            return row;
        }

        private JsonObject Nest(Dictionary<string, object> answers, JsonArray rows)
        {
            var root = new JsonObject();
            foreach (var f in _fields.Where(f => answers.ContainsKey(f.Path)))
            {
                var dot = f.Path.IndexOf('.', StringComparison.Ordinal);
                var group = f.Path[..dot];
                if (root[group] is not JsonObject node)
                {
                    root[group] = node = new JsonObject();
                }

                node[f.Path[(dot + 1)..]] = Node(answers[f.Path]);
            }

            root["baris"] = rows;
            if (answers.TryGetValue("ringkasan.alasan", out var reason))
            {
                root["ringkasan"] = new JsonObject { ["alasan"] = Node(reason) };
            }

            return root;
        }
    }
}
