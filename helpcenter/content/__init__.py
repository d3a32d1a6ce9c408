"""The content model and its checks: front matter, the docs tree, the catalog, translations, findings, UI strings.

Plain Python: imports nothing from publish/, adapter/, MkDocs or its plugins.
"""
