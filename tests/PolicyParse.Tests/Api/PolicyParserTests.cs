using System.Text;

namespace PolicyParse.Tests.Api;

/// <summary>The public entry point as a library user calls it: a stream and a name, options or not.</summary>
public class PolicyParserTests
{
    private static string Sample => TestData.Sample(TestData.Fuling2021);

    [Fact]
    public void A_stream_parses_like_the_file_it_came_from()
    {
        using var stream = File.OpenRead(Sample);
        var fromStream = PolicyParser.Parse(stream, "notice.txt");
        var fromFile = PolicyParser.ParseFile(Sample);

        Assert.Null(fromStream.Failure);
        Assert.Equal("notice.txt", fromStream.Document!.Source.Path);
        Assert.Equal(fromFile.Document!.Tasks.Select(t => (t.Text, string.Join("、", t.Lead), t.Deadline.Text)),
                     fromStream.Document.Tasks.Select(t => (t.Text, string.Join("、", t.Lead), t.Deadline.Text)));
    }

    [Fact]
    public void The_name_decides_the_format_and_options_can_refuse_it()
    {
        using var stream = File.OpenRead(Sample);
        var result = PolicyParser.Parse(stream, "notice.txt", new ParserOptions { Formats = ["docx"] });

        Assert.Null(result.Document);
        Assert.Equal(FailureKind.UnsupportedFormat, result.Failure!.Kind);
        Assert.Equal("notice.txt", result.Failure.Name);
    }

    [Fact]
    public void Input_over_the_bound_is_a_failure_not_an_exception()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('文', 4000)));
        var result = PolicyParser.Parse(stream, "big.txt", new ParserOptions { MaxInputBytes = 1024 });

        Assert.Equal(FailureKind.UnsupportedFormat, result.Failure!.Kind);
        Assert.Contains("limit", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_stream_is_a_failure()
    {
        var result = PolicyParser.Parse(new MemoryStream(), "empty.txt");

        Assert.Equal(FailureKind.Empty, result.Failure!.Kind);
    }

    [Fact]
    public void Restricting_table_layouts_changes_what_is_read()
    {
        var all = PolicyParser.ParseFile(Sample);
        var none = PolicyParser.ParseFile(Sample, new ParserOptions { TableLayouts = ["pdf-column-dump"] });

        Assert.NotEmpty(all.Document!.Tasks);
        Assert.DoesNotContain(none.Document!.Tasks, t => t.Origin.Inline != true);
    }
}
