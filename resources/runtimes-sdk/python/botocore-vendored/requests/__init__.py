# botocore.vendored.requests as upstream botocore ships it: requests' exceptions only.
__title__ = 'requests'
__version__ = '2.7.0'

from . import exceptions, packages  # noqa: E402,F401
