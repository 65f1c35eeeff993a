import pytest


@pytest.mark.parametrize("text,expected", [("a b", 2), ("", 0), ("one", 1)])
def test_word_count(text, expected):
    assert len(text.split()) == expected


@pytest.mark.skip(reason="needs a GPU")
def test_gpu_embedding():
    pass
