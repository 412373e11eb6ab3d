# botocore.vendored as upstream botocore ships it (Debian's botocore drops it and imports the
# system's `requests`): Lambdesk puts it back in the Python SDK folder so that `requests` is not on
# a function's path, as on AWS.
