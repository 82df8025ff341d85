"""The benchmark harness: figure and baseline alternate run by run, and the ratio is taken pair by pair."""

import json

from bench.__main__ import SUITES, TABLE, chosen_suites
from bench.harness import Result, Timed, alternate, compare, pair_ratio, percentile


def test_figure_and_baseline_alternate_and_swap_order_every_pair():
    order = []
    figure, base = alternate(lambda: order.append("A"), lambda: order.append("B"), runs=4, warmup=1)
    assert order == ["A", "B", "A", "B", "B", "A", "A", "B", "B", "A"]
    assert len(figure) == len(base) == 4


def test_the_ratio_is_the_median_of_the_pairs_not_of_the_medians():
    # A drift doubles both sides in the second half: pair by pair the figure is always twice the baseline.
    figure, base = [2.0, 2.0, 4.0, 40.0, 40.0], [1.0, 1.0, 2.0, 20.0, 20.0]
    assert pair_ratio(figure, base) == 2.0
    assert percentile([1, 2, 3, 4, 100], 0.95) == 100


def test_a_timed_step_reports_its_own_window():
    result = compare("timed", Timed(lambda: 3.0), "raw", Timed(lambda: 1.5), runs=5, warmup=0)
    assert (result.median_ms, result.baseline_median_ms, result.pair_ratio) == (3.0, 1.5, 2.0)
    assert '"ratio": 2.0' in result.line()


def test_each_line_carries_its_unit_and_the_machines_load():
    line = json.loads(Result("memory", 120.0, "bare window", 48.0, 3, unit="mib").line())
    assert (line["median_mib"], line["baseline_median_mib"], line["ratio"]) == (120.0, 48.0, 2.5)
    assert "cores" in line["load"] or line["load"] == "unknown"


def test_all_runs_the_suites_of_the_issues_table_each_once():
    assert chosen_suites(["all"]) == list(TABLE)
    assert chosen_suites(["queue", "all"]) == ["queue", "startup", "intake", "decrees", "reports", "sync"]
    assert chosen_suites([]) == list(SUITES)
    assert chosen_suites(["nope"]) is None
