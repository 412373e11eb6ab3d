# botocore.vendored.requests.packages: `from botocore.vendored.requests.packages import urllib3`
# gives the urllib3 of the SDK folder (boto3's dependency).
import urllib3  # noqa: F401
