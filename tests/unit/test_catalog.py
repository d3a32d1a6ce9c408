import datetime as dt

from helpcenter.content.catalog import Role, SourcePage, breadcrumbs, build_catalog, related_articles, role_of


def page(doc_id, url=None, locale="en", **meta):
    return SourcePage(doc_id=doc_id, url=url or doc_id.replace(".md", "/"), meta=meta, locale=locale)


def sample():
    return build_catalog(
        "en",
        [
            page("index.md", "./", title="Home"),
            page("fees/index.md", "fees/", title="Fees", order=2, icon="material/percent"),
            page("security/index.md", "security/", title="Security", order=1),
            page("misc/index.md", "misc/", title="Alpha misc"),  # no order: after ordered ones
            page("fees/b.md", title="Beta", order=2),
            page("fees/a.md", title="alpha", order=2),  # same order: by title, case-insensitively
            page("fees/z.md", title="Zulu", order=1, updated=dt.date(2026, 1, 2)),
            page("fees/none.md", title="Aardvark"),  # no order: last
            page("security/x.md", title="X", related=["fees/b.md", "fees/missing.md", "fees/b.md"], promoted=True),
            page("contact.md", "contact/", title="Contact"),
        ],
    )


def test_roles():
    assert role_of("index.md") is Role.HOME
    assert role_of("fees/index.md") is Role.CATEGORY
    assert role_of("fees/a.md") is Role.ARTICLE
    assert role_of("contact.md") is Role.PAGE


def test_categories_sorted_by_order_then_title():
    assert [c.category_id for c in sample().categories] == ["security", "fees", "misc"]


def test_articles_sorted_by_order_then_title_unordered_last():
    fees = sample().category("fees")
    assert [a.title for a in fees.articles] == ["Zulu", "alpha", "Beta", "Aardvark"]
    assert fees.icon == "material/percent"


def test_related_from_front_matter_skips_unknown_and_duplicates():
    catalog = sample()
    x = catalog.articles["security/x.md"]
    assert [a.doc_id for a in related_articles(catalog, x)] == ["fees/b.md"]


def test_related_falls_back_to_category_siblings_limited():
    catalog = sample()
    z = catalog.articles["fees/z.md"]
    assert [a.title for a in related_articles(catalog, z, limit=2)] == ["alpha", "Beta"]


def test_promoted_and_dates():
    catalog = sample()
    assert [a.doc_id for a in catalog.promoted] == ["security/x.md"]
    assert catalog.articles["fees/z.md"].updated == dt.date(2026, 1, 2)
    assert catalog.articles["fees/a.md"].updated is None


def test_breadcrumbs():
    catalog = sample()
    assert [c.title for c in breadcrumbs(catalog, "fees/a.md", "Home")] == ["Home", "Fees"]
    assert [c.url for c in breadcrumbs(catalog, "fees/index.md", "Home")] == ["./"]
    assert breadcrumbs(catalog, "index.md", "Home") == []
