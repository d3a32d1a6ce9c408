"""The help center's own search: one prebuilt Lunr index per language (see helpcenter.publish.search.index)."""
