using System.Globalization;

namespace CrossbarSpice.Cosim.Export;

/// <summary>The script and README written into a deck export (<see cref="DeckExport"/>).</summary>
internal static class RunAllScript
{
    /// <summary>
    /// <c>run-all.sh</c>: runs every deck of <c>decks.csv</c> with the plain <c>ngspice -b</c> in the deck's own folder,
    /// compares its <c>wrdata</c> output lane by lane with the expected CSV, prints the largest |Δ| and exits 1 when a
    /// deck fails or differs by more than the tolerance (first argument, default 1e-9 V). Needs only sh, awk and ngspice.
    /// </summary>
    public const string Text = """
        #!/bin/sh
        # Runs every exported deck under plain ngspice (in the deck's own folder, as `cd folder && ngspice -b deck.cir`)
        # and compares its outputs with the voltages CrossbarSpice's spice level got (the .expected.csv beside it).
        # Usage: ./run-all.sh [tolerance in V, default 1e-9]. Exit 0 when every deck runs and matches.
        set -u
        cd "$(dirname "$0")" || exit 1
        tolerance=${1:-1e-9}
        command -v ngspice >/dev/null 2>&1 || { echo "ngspice not found (Debian: apt-get install ngspice)" >&2; exit 1; }
        decks=0; failed=0; worst=0; values=0
        while IFS=, read -r deck outputs expected rest; do
          [ "$deck" = deck ] && continue
          decks=$((decks + 1))
          folder=$(dirname "$deck"); name=$(basename "$deck")
          rm -f "$outputs"
          if ! (cd "$folder" && ngspice -b "$name" > "${name%.cir}.log" 2>&1) || [ ! -f "$outputs" ]; then
            echo "FAIL $deck: ngspice did not write $(basename "$outputs") (see ${deck%.cir}.log)"; failed=$((failed + 1)); continue
          fi
          result=$(awk -v tol="$tolerance" '
            FNR == 1 { next }
            NR == FNR { n = split($0, f, ","); rows++; cols = n - 1; for (i = 2; i <= n; i++) e[FNR - 1, i - 1] = f[i]; next }
            { r = FNR - 1; if (r > rows) next; n = split($0, f, " "); if (n - 1 != cols) bad = 1
              seen++; for (i = 2; i <= n; i++) { d = f[i] - e[r, i - 1]; if (d < 0) d = -d; if (d > worst) worst = d; count++ } }
            END { if (seen != rows) bad = 1; printf "%d %.3e %d\n", bad, worst + 0, count }' "$expected" "$outputs")
          set -- $result
          values=$((values + $3))
          if [ "$1" != 0 ] || awk -v d="$2" -v t="$tolerance" 'BEGIN { exit !(d > t) }'; then
            echo "FAIL $deck: max |dV| = $2 V (tolerance $tolerance V; rows or columns missing: $1)"; failed=$((failed + 1))
          fi
          worst=$(awk -v a="$worst" -v b="$2" 'BEGIN { print (b > a ? b : a) }')
        done < decks.csv
        echo "$decks deck(s), $values output value(s): max |dV| = $worst V against the spice level; $failed failed (tolerance $tolerance V)"
        [ "$failed" = 0 ] && [ "$decks" -gt 0 ]

        """;

    /// <summary>The export's README: what the folder holds and how to run it.</summary>
    public static string Readme(string design, IReadOnlyList<int> samples, int decks) => string.Create(CultureInfo.InvariantCulture, $"""
        # Exported spice-level decks of design {design}

        Samples {string.Join(", ", samples)} of the data set, through CrossbarSpice's `spice` level: {decks} deck(s), one per
        ngspice run the level made (each stage with the input voltages the previous stages gave it for that sample; each
        LSTM time step with the held h and c of the step before). A deck applies its lanes (the input vectors one copy
        of the stage circuit sees: one for a dense layer, one per patch of a convolution, one per sequence of an LSTM
        cell) as `pwl(V(idx), …)` sources swept by `.dc Vidx`, exactly as CrossbarSpice ran it.

        | file | what |
        |---|---|
        | `decks.csv` | every deck: its outputs file, expected values, sample, layers, LSTM step, first lane, lanes |
        | `<layer>/<deck>.sample<s>[.step<k>][.lanes<l>].cir` | the deck; `.include`s are relative to its folder |
        | `<layer>/….expected.csv` | the output voltages (V) CrossbarSpice's spice level got, one row per lane |
        | `lib/`, `<layer>/*.sub`, … | the design's subcircuits, periphery library and model cards, copied in |
        | `run-all.sh` | runs every deck with `ngspice -b` and compares to 1e-9 V |

        Run one deck: `cd <layer> && ngspice -b <deck>.cir` writes `<deck>.dat` (`wrdata`: the sweep, then the outputs
        in the order of the `.save` line, 17 digits) and `<deck>.raw`. Run all and compare: `./run-all.sh` (tolerance
        in V as an optional argument).

        """);
}
