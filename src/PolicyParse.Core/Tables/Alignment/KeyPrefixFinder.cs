using System.Runtime.InteropServices;

namespace PolicyParse.Tables.Alignment;

/// <summary>
/// The longest prefix of a key that occurs in one of the section keys, found from the places of
/// its first three characters instead of by searching the whole body for every trial length.
/// </summary>
internal sealed class KeyPrefixFinder
{
    // Section keys hold letters and digits only: a NUL between them keeps matches inside one key.
    private const char Separator = '\0';
    private readonly string _body;
    // trigram → its last place in _body; earlier places of the same trigram are chained through _next.
    private readonly Dictionary<long, int> _head = [];
    private readonly int[] _next;

    public KeyPrefixFinder(IEnumerable<string> keys)
    {
        _body = string.Join(Separator, keys);
        _next = new int[_body.Length];
        for (var i = 0; i + 3 <= _body.Length; i++)
        {
            if (_body[i] == Separator || _body[i + 1] == Separator || _body[i + 2] == Separator) continue;
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_head, Pack(_body[i], _body[i + 1], _body[i + 2]), out var exists);
            _next[i] = exists ? head : -1;
            head = i;
        }
    }

    /// <summary>The length of the longest prefix of <paramref name="key"/> that some section key contains.</summary>
    public int LongestPrefix(ReadOnlySpan<char> key)
    {
        if (key.Length >= 3 && _head.TryGetValue(Pack(key[0], key[1], key[2]), out var at))
        {
            var best = 3;
            for (; at >= 0 && best < key.Length; at = _next[at])
            {
                var n = 3;
                while (n < key.Length && at + n < _body.Length && _body[at + n] == key[n]) n++;
                best = Math.Max(best, n);
            }
            return best;
        }
        for (var n = Math.Min(key.Length, 2); n > 0; n--)
            if (_body.AsSpan().IndexOf(key[..n], StringComparison.Ordinal) >= 0)
                return n;
        return 0;
    }

    private static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;
}
