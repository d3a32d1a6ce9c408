"""The only part of helpcenter that imports MkDocs, Material or mkdocs-static-i18n, or touches their internals.

Everything here turns their objects into the plain data content/ and publish/ work on; each use of a private
internal names the upstream version it was written against.
"""
