using PolicyParse.Matching;

namespace PolicyParse.Tests.Matching;

public class AssignmentTests
{
    [Fact]
    public void Picks_the_best_total_not_the_greedy_first_choice()
    {
        // Greedy would take (0,0)=9 and then (1,1)=1: total 10. The optimum is 8 + 7 = 15.
        long[,] w = { { 9, 8 }, { 7, 1 } };
        Assert.Equal([1, 0], Assignment.Maximize(w));
    }

    [Fact]
    public void Rectangular_matrices_leave_rows_or_columns_unpaired()
    {
        long[,] tall = { { 1 }, { 5 }, { 2 } };
        Assert.Equal([-1, 0, -1], Assignment.Maximize(tall));
        long[,] wide = { { 1, 5, 2 } };
        Assert.Equal([1], Assignment.Maximize(wide));
        Assert.Empty(Assignment.Maximize(new long[0, 4]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Matches_brute_force_on_random_matrices(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            int rows = random.Next(1, 7), columns = random.Next(1, 7);
            var w = new long[rows, columns];
            for (var i = 0; i < rows; i++)
                for (var j = 0; j < columns; j++)
                    w[i, j] = random.Next(3) == 0 ? 0 : random.Next(1, 1000);

            var assigned = Assignment.Maximize(w);

            Assert.Equal(rows, assigned.Length);
            var columnsUsed = assigned.Where(j => j >= 0).ToList();
            Assert.Equal(columnsUsed.Count, columnsUsed.Distinct().Count());
            var total = assigned.Select((j, i) => j >= 0 ? w[i, j] : 0).Sum();
            Assert.Equal(BruteForceBest(w), total);
        }
    }

    private static long BruteForceBest(long[,] w)
    {
        int rows = w.GetLength(0), columns = w.GetLength(1);
        long best = 0;
        void Search(int row, bool[] used, long sum)
        {
            if (row == rows) { best = Math.Max(best, sum); return; }
            Search(row + 1, used, sum); // this row unpaired
            for (var j = 0; j < columns; j++)
            {
                if (used[j]) continue;
                used[j] = true;
                Search(row + 1, used, sum + w[row, j]);
                used[j] = false;
            }
        }
        Search(0, new bool[columns], 0);
        return best;
    }
}
