"""Development tools of this repository, not shipped with the helpcenter package (pyproject.toml finds helpcenter*
only): the benchmarks' synthetic corpus and build measurements (benchmark), reading Lighthouse reports
(lighthouse_report) and the npm files vendored into the site (vendor). The scripts next to this folder import them
as `devtools` (Python puts a script's own folder first on sys.path); tests too (pytest's pythonpath names scripts/)."""
