"""PEP 562 shims: module-level __getattr__ bodies are read for warn and getattr calls."""
import sys
import warnings
from . import _impl, _other

_MOVED = {"OldName": "pkg.new.NewName"}


def __getattr__(name):
    if name in _MOVED:
        warnings.warn(
            f"{__name__}.{name} is deprecated; use {_MOVED[name]}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(_impl, name)
    if name.startswith("_"):
        return getattr(_other, name, None)
    def inner():
        warn("inside a def inside __getattr__", PendingDeprecationWarning)
        return getattr(_deep, name)
    class Inner(Base):
        value = getattr(_cls, "x", None)
    getattr(_one)
    getattr(pkg.mod, name)
    builtins.getattr(_attr, name)
    getattr(getattr(_nested, "x"), name)
    getattr(*args)
    getattr(_kw, name=name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Proxy:
    def __getattr__(self, name):
        warnings.warn("a method, not the module hook", DeprecationWarning)
        return getattr(_method_target, name)


async def __getattr__(name):
    warnings.warn("async is no PEP 562 hook", DeprecationWarning)
    return getattr(_async_target, name)


if sys.version_info >= (3, 7):
    def __getattr__(name): warnings.warn("one line", DeprecationWarning); return getattr(_one_line, name)
else:
    try:
        def __getattr__(name):
            return getattr(_in_try, name)
    except Exception:
        pass


def helper():
    def __getattr__(name):
        return getattr(_nested_hook, name)
    warnings.warn("not module level", DeprecationWarning)
