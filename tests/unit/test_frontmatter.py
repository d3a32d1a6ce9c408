from helpcenter import frontmatter


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
