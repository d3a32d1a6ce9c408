"""scripts/bench_pair.py: the cores swap every round, and the summary is the median of the rounds' ratios."""

from __future__ import annotations

import bench_pair
from bench_pair import Run


def test_the_sides_swap_cores_every_round():
    assert [bench_pair.cores_for(n) for n in range(4)] == [(0, 1), (1, 0), (0, 1), (1, 0)]
    assert [bench_pair.cores_for(n, (2, 5)) for n in range(2)] == [(2, 5), (5, 2)]


def test_the_summary_is_the_median_ratio_of_cpu_time():
    rounds = [
        (Run("base", 0, 80.0, 90.0), Run("this", 1, 88.0, 95.0)),  # 1.10
        (Run("base", 1, 100.0, 90.0), Run("this", 0, 95.0, 99.0)),  # 0.95
        (Run("base", 0, 90.0, 90.0), Run("this", 1, 91.8, 95.0)),  # 1.02
    ]
    assert round(bench_pair.median_ratio(rounds), 3) == 1.02
    assert bench_pair.ratio(*rounds[0]) == 1.1
