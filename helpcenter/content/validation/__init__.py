"""Content validation and safety: front matter, links and references, sanitizing, offline link checking.

Pure functions over plain data (file texts, rendered HTML, lychee's JSON); they return findings
(helpcenter.content.findings.Finding) and never print, log or exit. scripts/check.py and the build's
validation step (helpcenter/adapter/steps/validation.py) share them.
"""
