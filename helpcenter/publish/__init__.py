"""What the build writes from the content model: search, the in-app API, SEO, sitemaps, announcements, support
pages, CSP, page context. Imports content/, never adapter/ or MkDocs.
"""
