#!/usr/bin/env python3
"""Writes the fingerprint of the source article that the own-words test checks content/ against.

PostureLab's texts must be in our own words, but the article they explain may not be copied into the
repository. So the repository keeps only a fingerprint: the hashes of every run of eight consecutive
words (an 8-word "shingle") of the article, after normalising the text. The C++ test
(tests/content/own_words_test.cpp) normalises every file under content/ the same way and fails on any
shingle whose hash is in this list.

Usage:
    tests/content/data/make_article_shingles.py ARTICLE.txt > tests/content/data/article_shingles.txt

ARTICLE.txt is the article as plain UTF-8 text (English and German parts alike; both are
fingerprinted). Run it again only when the article itself changes.

Normalisation (own_words_test.cpp implements exactly the same rules; change both together):
  1. The text is read as UTF-8.
  2. The apostrophes ' (U+0027) and ’ (U+2019) are deleted, so "article's" becomes "articles".
  3. A word is a maximal run of word characters: ASCII letters and digits and the Latin letters
     U+00C0..U+024F except × (U+00D7) and ÷ (U+00F7). Every other character (spaces, punctuation,
     quotation marks, dashes, hyphens, symbols) separates words.
  4. Words are lowercased: A-Z and U+00C0..U+00DE (except U+00D7) only, so Ä becomes ä; ß stays.
  5. A shingle is 8 consecutive words joined by single spaces; its hash is 64-bit FNV-1a over the
     shingle's UTF-8 bytes, written as 16 lowercase hex digits.

Output: a header of '#' lines, then one hash per line, sorted and without duplicates. The header's
'check' line holds the hash of the first shingle of a sentence of our own (not from the article), so the
test can confirm that its normaliser and hash agree with this script's.
"""
import sys

SHINGLE_WORDS = 8
# A sentence of our own that exercises the rules above (umlauts, capitals, ß, apostrophes, dashes,
# quotation marks); the test normalises it and compares the hash of its first shingle.
CHECK_SENTENCE = "„Größere Übungen“ – sagt’s der Physio's Plan: Äpfel, 12 Birnen und ÖL-Fässer!"


def is_word_char(c):
    o = ord(c)
    if c.isascii():
        return c.isalnum()
    return 0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7)


def lower(c):
    o = ord(c)
    if 0x41 <= o <= 0x5A or (0xC0 <= o <= 0xDE and o != 0xD7):
        return chr(o + 0x20)
    return c


def words(text):
    out, word = [], []
    for c in text:
        if c in ("'", "\u2019"):
            continue
        if is_word_char(c):
            word.append(lower(c))
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def shingle_hashes(text):
    w = words(text)
    return {fnv1a64(" ".join(w[i:i + SHINGLE_WORDS]).encode("utf-8")) for i in range(len(w) - SHINGLE_WORDS + 1)}


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: make_article_shingles.py ARTICLE.txt > article_shingles.txt\n")
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        sys.stderr.write(f"make_article_shingles.py: cannot read {argv[1]} as UTF-8 text: {e}\n")
        return 1
    hashes = sorted(shingle_hashes(text))
    if not hashes:
        sys.stderr.write(f"make_article_shingles.py: {argv[1]} has fewer than {SHINGLE_WORDS} words\n")
        return 1
    check_words = words(CHECK_SENTENCE)[:SHINGLE_WORDS]
    print("# Fingerprint of the source article: FNV-1a 64 hashes of its normalised 8-word shingles.")
    print("# Written by tests/content/data/make_article_shingles.py (see there for the rules); do not edit.")
    print(f"# words {SHINGLE_WORDS}")
    print(f"# check {fnv1a64(' '.join(check_words).encode('utf-8')):016x} {CHECK_SENTENCE}")
    for h in hashes:
        print(f"{h:016x}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
