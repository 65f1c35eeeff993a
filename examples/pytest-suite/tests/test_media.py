import os
import time


def test_upload_writes_into_worker_media_folder(media_root):
    path = os.path.join(media_root, "avatar.png")
    with open(path, "wb") as f:
        f.write(b"\x89PNG")
    assert os.listdir(media_root) == ["avatar.png"]
    os.remove(path)


def test_thumbnail_generation_is_slow(media_root):
    time.sleep(0.8)
    assert os.path.isdir(media_root)
