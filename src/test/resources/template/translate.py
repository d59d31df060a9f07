#!/usr/bin/env python3
"""Translates template.yaml with the SAM translator, offline, and prints the CloudFormation JSON.

usage: translate.py template.yaml
"""
import json
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")


class NoManagedPolicies:
    """The translator asks IAM for managed policy ARNs only when a template names one by name."""

    def load(self):
        return {}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        template = yaml_parse(f.read())
    # CodeUri "." is resolved by `sam build`/`sam package`; the translator itself wants an S3 URI.
    for resource in template.get("Resources", {}).values():
        if resource.get("Type") == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://translated-offline/precis.jar"
    print(json.dumps(transform(template, {}, NoManagedPolicies()), indent=1, default=str))


if __name__ == "__main__":
    main()
