#!/usr/bin/env bash
# Rebuilds the Tracking-ID word list from the EFF large word list (CC BY 3.0 US, (c) 2016 Electronic Frontier
# Foundation, https://www.eff.org/files/2016/07/18/eff_large_wordlist.txt; Debian ships it in the package
# `diceware` as wordlist_en_eff.txt). Keeps lower-case words of 3 to 9 letters and drops denylist.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-/usr/lib/python3/dist-packages/diceware/wordlists/wordlist_en_eff.txt}
out=$here/../../domain/src/main/resources/io/cockpit/domain/account/tracking-words.txt
deny=$(grep -v '^#' "$here/denylist.txt" | tr ' ' '\n' | grep -v '^$' | sort -u)
{
  echo "# Tracking-ID words: $(basename "$src") from the EFF large word list, curated by tools/tracking-words/curate.sh."
  echo "# Source: https://www.eff.org/files/2016/07/18/eff_large_wordlist.txt (c) 2016 Electronic Frontier Foundation,"
  echo "# licensed under CC BY 3.0 US (https://creativecommons.org/licenses/by/3.0/us/). Changes: words outside"
  echo "# [a-z]{3,9} and the words in tools/tracking-words/denylist.txt were removed."
  cut -f2 "$src" | tr -d '\r' | grep -E '^[a-z]{3,9}$' | sort -u | comm -23 - <(echo "$deny")
} > "$out"
echo "$(grep -vc '^#' "$out") words -> $out"
