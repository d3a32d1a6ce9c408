"""Help Center core: pure functions shared by the MkDocs hooks, the scripts and the tests."""
