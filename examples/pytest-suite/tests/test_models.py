import time


def test_insert_is_isolated_per_worker(database):
    database.execute("INSERT INTO items VALUES ('a')")
    database.commit()
    assert database.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 1


def test_unique_names(database):
    database.execute("INSERT INTO items VALUES ('b')")
    database.execute("INSERT INTO items VALUES ('c')")
    assert database.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 2


def test_slow_query(database):
    time.sleep(0.6)
    assert database.execute("SELECT 1").fetchone()[0] == 1
