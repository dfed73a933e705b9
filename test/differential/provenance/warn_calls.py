"""Warn calls of every shape the scanner reads (the differential's own corpus)."""
import warnings
import warnings as _w, os
from warnings import warn as _warn, catch_warnings
from warnings import warn

early.warn("not yet an alias", DeprecationWarning)
warnings.warn("pkg.old is deprecated; use pkg.new", DeprecationWarning, stacklevel=2)
warn(
    ("moved to "
     "pkg.new"),  # a comment between the parts.
    category=PendingDeprecationWarning,
)
_w.warn(f"{__name__} moved", FutureWarning)
_warn(r"raw \d" 'and "quoted"', warnings.DeprecationWarning)
# A comment that ends with a dot.
warn("after a comment", UserWarning)
x = warn("in an assignment", DeprecationWarning) or None
warn("a" if strict else ("b"), category=DeprecationWarning if strict else None)
warn(not ("c"), [("d")], {"e": ("f")}, {("g")}, fmt("h"), table["i"], ("j")("k"))
warn("l".format(name), "%s m" % (other,), ("n", "o")[0], *("p",), **{"q": 1})
warn(lambda: "r", lambda v: v, lambda w=2: w, lambda *a, **k: 0, key=lambda z, y=1: z)
warn([c for c in cats if c], (d for d in dogs), {e: f for e, f in pairs})
warn(obj.attr.name, obj().method, obj[0].item, pkg.mod.Warning)
warn(b"bytes are not text", rb"nor raw bytes", "but this is")
warn(f"{value!r:>{width}} and {'nested'}", f'{a}' "b" f"""{c}""")
warn(True, None, False, ..., 1, 2.5, -3, __debug__)
warnings.warn(
    "spread over "
    "lines", DeprecationWarning,
    stacklevel=2)
warnings . warn ("spaced", DeprecationWarning)
(warnings
 .warn)("parenthesised callee", DeprecationWarning)
a.warnings.warn("not the module", DeprecationWarning)
os.warn("not warnings", DeprecationWarning)
obj._warn("an attribute, not the alias", DeprecationWarning)
logger.warning("not warn", DeprecationWarning)
warn_me("not warn", DeprecationWarning)
[warn("in a list", DeprecationWarning) for _ in range(1)]
warn("outer", warn("inner, part of the outer call", DeprecationWarning))
warn("a")(warn("b"))
call(1,  # a comment that ends with a dot.
     warn("after a comment inside brackets", DeprecationWarning))
call(obj  # warnings
     .warn("an attribute of obj", DeprecationWarning))
call(warnings  # a comment.
     .warn("an attribute of warnings", DeprecationWarning))
x = 1  # a comment ending in a dot and a backslash.\
warn("after a comment with a backslash", DeprecationWarning)
f = lambda: warn("in a lambda", DeprecationWarning)


@warn("a decorator runs at import", DeprecationWarning)
def decorated(arg=warn("a default too", DeprecationWarning)) -> warn("and this"):
    warn("not module level", DeprecationWarning)
    warnings.warn("nor this", DeprecationWarning)


class Holder(warn("a base", DeprecationWarning), metaclass=warn("keyword")):
    warn("a class body is not module level", DeprecationWarning)


def warn(message, category=DeprecationWarning):
    pass


if os.environ.get("X"):
    warnings.warn("in an if", DeprecationWarning)
elif True:
    pass
else:
    try:
        warn("in a try", DeprecationWarning)
    except ImportError:
        warn("in an except", category=ImportWarning)
    finally:
        pass
with catch_warnings():
    warn("in a with", ResourceWarning)
for i in range(2):
    _warn("in a for", SyntaxWarning)
while False:
    _w.warn("in a while", BytesWarning)
match os.name:
    case "posix":
        warn("in a case", DeprecationWarning)
    case _:
        pass
async_result = None
warnings.warn("semicolons", DeprecationWarning); warn("two", FutureWarning)
if True: warnings.warn("one-line body", DeprecationWarning)
