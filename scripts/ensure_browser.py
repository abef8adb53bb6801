"""Install what the browser tests need when it is missing (needs root and apt): Debian's chromium,
and a CJK font (fonts-noto-cjk) so that Chinese renders as glyphs, not boxes."""
import os
import shutil
import subprocess
import sys

PACKAGES = {"chromium": lambda: shutil.which("chromium") is not None,
            "fonts-noto-cjk": lambda: _has_cjk_font()}


def _has_cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def main() -> int:
    if os.environ.get("POLC_SKIP_BROWSER"):
        return 0
    missing = [name for name, present in PACKAGES.items() if not present()]
    if not missing:
        return 0
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"{', '.join(missing)} missing and cannot be installed here; browser tests will be skipped "
              "or fail their glyph check", file=sys.stderr)
        return 0
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
