#!/usr/bin/env python3
"""Turns an article-body HTML file (Readability's expected.html) into Precis' cleanText shape:
one block per line group, blocks separated by a blank line, whitespace collapsed.

usage: html_to_text.py expected.html > body.txt
"""
import html.parser
import re
import sys

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt",
         "section", "article", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "br", "hr",
         "main", "aside", "nav", "address", "details", "summary"}
SKIP = {"script", "style", "noscript", "template", "svg"}


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.skip = [], [], 0

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()
        elif tag in ("td", "th"):
            self.current.append(" | " if self.current else "")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def main():
    parser = Blocks()
    with open(sys.argv[1], encoding="utf-8") as f:
        parser.feed(f.read())
    parser.flush()
    sys.stdout.write("\n\n".join(parser.blocks) + "\n")


if __name__ == "__main__":
    main()
