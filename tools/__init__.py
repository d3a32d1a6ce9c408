"""Development tools of this repository, not shipped with the helpcenter package (pyproject.toml finds helpcenter*
only): the benchmarks' synthetic corpus and build measurements (benchmark), reading Lighthouse reports
(lighthouse_report) and the npm files vendored into the site (vendor). scripts/ and tests/ import them from the
repository root."""
