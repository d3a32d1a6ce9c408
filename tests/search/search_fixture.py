"""A small help center that is not the demo, for the search features of issue 19: where a word stands (article
title, tag or body) decides its rank, announcements are their own group, and the results page on a phone."""

from __future__ import annotations

# the word every page below holds somewhere, and each page's role
WORD = "ledger"
IN_TITLE = "ledger/export-ledger"
IN_TAGS = "ledger/monthly-statements"
IN_BODY = "ledger/balances"
ANNOUNCEMENT = "announcements/ledger-maintenance"

_ARTICLE = """---
title: {title}
description: {description}
tags: [{tags}]
updated: 2026-10-14
---

## {heading} {{ #{anchor} }}

{body}
"""

FILES = {
    "en/index.md": "---\ntitle: Help\n---\n",
    "en/ledger/index.md": "---\ntitle: Records\ndescription: Statements and exports.\norder: 1\n---\n",
    f"en/{IN_TITLE}.md": _ARTICLE.format(
        title="Export the ledger",
        description="Download your records as a file.",
        tags="export, csv",
        heading="Download a file",
        anchor="download",
        body="Open Records, choose a period and press Export. The file is a CSV you can open in a spreadsheet.",
    ),
    f"en/{IN_TAGS}.md": _ARTICLE.format(
        title="Monthly statements",
        description="What a statement lists and when it arrives.",
        tags="ledger, statement",
        heading="When statements arrive",
        anchor="when",
        body="A statement arrives on the first day of each month and lists every trade and transfer.",
    ),
    f"en/{IN_BODY}.md": _ARTICLE.format(
        title="Balances",
        description="Available, locked and total balances.",
        tags="balance, wallet",
        heading="How balances are computed",
        anchor="computed",
        body=(
            "Balances come from the ledger. Every ledger entry moves funds, the ledger keeps every entry, a ledger "
            "entry is never removed, and the ledger is checked every day."
        ),
    ),
    "en/announcements/index.md": "---\ntitle: News\ndescription: Maintenance and new features.\n---\n",
    f"en/{ANNOUNCEMENT}.md": (
        "---\ntitle: Ledger maintenance on 3 December\ndescription: Records are read-only for an hour.\n"
        "type: maintenance\ndate: 2026-11-20\n---\n\nThe ledger is read-only from 08:00 to 09:00 UTC.\n"
    ),
}
