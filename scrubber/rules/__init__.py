"""One module per rule, named ``<code>_<name>.py``; every module here is loaded on first use.

Families (the code's letter):

- ``W`` whitespace and line structure
- ``H`` the article's header: headline, stamps, standfirst
- ``S`` stutter inside a line
- ``L`` stray lines of page furniture (reading time, ...)
- ``C`` captions and photo credits

Adding a rule means adding one module here and one fixture under ``tests/fixtures``.
"""
