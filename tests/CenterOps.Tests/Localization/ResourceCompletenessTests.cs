using System.Xml.Linq;

namespace CenterOps.Tests.Localization;

/// <summary>Every string of the product exists in 简体中文, 繁體中文 and English, and its placeholders match.</summary>
public sealed class ResourceCompletenessTests
{
    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CenterOps.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CenterOps.slnx not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> NeutralResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileNameWithoutExtension(f).Split('.').Length == 1))
        {
            data.Add(Path.GetRelativePath(RepositoryRoot(), file));
        }
        return data;
    }

    static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order();

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void Every_string_is_translated_into_traditional_chinese_and_english(string neutral)
    {
        var path = Path.Combine(RepositoryRoot(), neutral);
        var simplified = Read(path);
        Assert.NotEmpty(simplified);
        foreach (var culture in new[] { "zh-Hant", "en" })
        {
            var translated = Read(Path.ChangeExtension(path, $".{culture}.resx"));
            var missing = simplified.Keys.Where(k => !translated.TryGetValue(k, out var t) || string.IsNullOrWhiteSpace(t)).ToList();
            Assert.True(missing.Count == 0, $"{culture} lacks: {string.Join(", ", missing)}");
            var mismatched = simplified.Where(kv => !Placeholders(kv.Value).SequenceEqual(Placeholders(translated[kv.Key]))).Select(kv => kv.Key).ToList();
            Assert.True(mismatched.Count == 0, $"{culture} placeholders differ: {string.Join(", ", mismatched)}");
            Assert.Empty(translated.Keys.Except(simplified.Keys));
        }
    }
}
