"""`# ssot: allow` comments and import end lines."""
from pkg.manager import (  # ssot: allow -- on the opening line
    WebSocketManager,  # ssot: allow -- on a name
    Other as Alias,
)  # ssot: allow -- legacy shim until the migration lands
import a  #ssot:allow
import b  # noqa: F401  # ssot:  allow --  kept for plugins  
import c, \
    d as e  # ssot: allow
from . import (f,
    g)
from .h import (
    i,
)
import j; import k  # ssot: allow -- two on a line
x = "# ssot: allow -- in a string, not a comment"
y = f"# ssot: allow -- in an f-string"
z = """
# ssot: allow -- in a triple-quoted string
"""
# ssot: allowed -- not the word
# ssot: allow_list -- not the word either
#ssot: allow-- no space
# ssot:allow--x--y
#  ssot:	allow	-- tabs	
# text before # ssot: allow -- a second hash
# SSOT: allow -- case matters
value = call(1,  # ssot: allow -- inside brackets
             2)


def f():
    import nested  # ssot: allow -- nested code
    if True:
        pass  # ssot: allow -- deeper


class K:
    # ssot: allow -- class body
    from pkg import (thing,
                     other)  # ssot: allow
