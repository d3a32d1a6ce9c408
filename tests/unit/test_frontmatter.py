from helpcenter.content import frontmatter


def test_parses_meta_body_and_key_lines():
    text = "---\ntitle: Hello\ntags: [a, b]\n---\n\nBody line\n"
    fm = frontmatter.parse(text)
    assert fm.meta == {"title": "Hello", "tags": ["a", "b"]}
    assert fm.body == "\nBody line\n"
    assert fm.body_line == 5
    assert fm.key_lines == {"title": 2, "tags": 3}
    assert fm.error is None


def test_no_front_matter_is_all_body():
    fm = frontmatter.parse("Just text\n")
    assert fm.meta == {} and fm.body == "Just text\n" and not fm.has_block


def test_yaml_error_reports_file_line():
    fm = frontmatter.parse("---\ntitle: ok\ndescription: bad: colon\n---\nbody\n")
    assert fm.error is not None
    line, col, message = fm.error
    assert line == 3
    assert col > 1
    assert "invalid YAML" in message


def test_unclosed_block_is_an_error():
    fm = frontmatter.parse("---\ntitle: x\nno end\n")
    assert fm.error == (1, 1, "front matter starts with '---' but has no closing '---' line")


def test_non_mapping_is_an_error():
    assert frontmatter.parse("---\n- a\n- b\n---\n").error[2] == "front matter must be a mapping of keys to values"


def test_a_parse_is_a_copy_a_caller_may_change():
    text = "---\ntitle: A\ntags: [x, y]\nlinks:\n  - {url: a}\n---\nBody\n"
    first = frontmatter.parse(text)
    first.meta["tags"].append("z")
    first.meta["links"][0]["url"] = "b"
    first.key_lines["title"] = 99
    first.item_lines["tags"].append(99)
    second = frontmatter.parse(text)
    assert second.meta == {"title": "A", "tags": ["x", "y"], "links": [{"url": "a"}]}
    assert second.key_lines == {"title": 2, "tags": 3, "links": 4}
    assert second.item_lines == {"tags": [3, 3], "links": [5]}


def test_a_key_given_twice_is_reported_with_both_lines_and_the_last_value_kept():
    fm = frontmatter.parse("---\ntitle: A\ntags: [x]\ntitle: B\nhide:\n  - toc\nx: {a: 1, a: 2}\n---\n")
    assert fm.error is None
    assert fm.meta["title"] == "B" and fm.key_lines["title"] == 4
    assert fm.duplicates == [(4, 1, "title", 2), (7, 11, "a", 7)]


def test_tab_indentation_is_named():
    fm = frontmatter.parse("---\ntitle: T\ntags:\n\t- a\n---\n")
    assert fm.error == (4, 1, "invalid YAML in front matter: a tab indents this line; YAML indents with spaces only")


def test_values_yaml_cannot_build_and_exploding_aliases_are_errors_not_exceptions():
    for block in ("a: !!int abc", "a: !!timestamp x", "a: &x [*x]", "? [a]\n: b", "a: !!python/name:os.system"):
        fm = frontmatter.parse(f"---\n{block}\n---\nBody\n")
        assert fm.error is not None and fm.meta == {}, block
    laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(6)
    ]
    fm = frontmatter.parse("---\n" + "\n".join(laughs) + "\n---\n")
    assert fm.error is not None and "more than 10,000" in fm.error[2]


def test_nesting_deeper_than_python_can_follow_is_an_error():
    fm = frontmatter.parse("---\na: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    assert fm.error is not None and fm.meta == {}
