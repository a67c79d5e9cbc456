package dev.genaivsllm.match;

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps cost 1. */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The candidates within {@code maxDistance} edits of {@code word}, closest first, ties in
   * alphabetical order.
   */
  public static java.util.List<String> closest(
      String word, java.util.Collection<String> candidates, int maxDistance) {
    record Scored(String candidate, int distance) {}
    return candidates.stream()
        .map(c -> new Scored(c, between(word, c)))
        .filter(s -> s.distance() <= maxDistance)
        .sorted(
            java.util.Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .map(Scored::candidate)
        .toList();
  }

  public static int between(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
