"""Class bases and the names module-level code defines."""
import abc
import sys
from typing import Generic, TypeVar

try:
    from _speedups import fast_path
except ImportError:
    fast_path = None

T = TypeVar("T")
A = B = C.attr = D = 1
E: int = 2
F: int
(G) = 3
H, I = 4, 5
J += 1
MO, TU = weekdays = tuple(range(2))
*S, T2 = U = 1, 2
obj.attr = V = 1
[W1] = W2 = [1]
(X1), X2 = X3 = 1, 2
table[0] = X4 = None
f = lambda a=1, X5=2: X5
__all__ = ["fast_path", "Deprecated"]
__version__: str = "1.0"

if sys.version_info >= (3, 8):
    def compat(): pass
    K = 1
elif TYPE_CHECKING:
    class Compat: pass
else:
    async def compat(): pass

for L in range(3):
    M = L
with open(__file__) as N:
    O = 1
while False:
    P = 2


class MyDeprecation(DeprecationWarning): pass
class Dotted(warnings.DeprecationWarning, abc.ABC): pass
class Mixed(Generic[T], metaclass=abc.ABCMeta): pass
class Calls(make_base(), *mixins, **options): pass
class Grouped((pkg.Base), ((Other)).Thing, (a)(b), (x, y)): pass
class Empty(): pass
class Bare: pass
class Spread(
    Base,  # a comment
    Other,
): pass
class Keywords(Base, None, True, lambda: 1, x if y else z, arg=1): pass
@decorator
class Decorated(Base): pass


def outer():
    class Local(a.b.Inner, Sized):
        class Deeper(Local): pass
    Q = 1
    def inner(): pass


class Body:
    R = 1
    def method(self): pass
